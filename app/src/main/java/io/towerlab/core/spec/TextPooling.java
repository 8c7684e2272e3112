package io.towerlab.core.spec;

/** How a transformer's per-word outputs become one vector. */
public enum TextPooling implements SpecEnum {
    /** The mean over the text's words, padding excluded. */
    MEAN("mean"),
    /** The output at the first position, a {@code [CLS]} token prepended to every text (as in BERT). */
    FIRST("first");

    private final String jsonName;

    TextPooling(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
