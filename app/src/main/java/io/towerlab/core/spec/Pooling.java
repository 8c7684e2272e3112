package io.towerlab.core.spec;

/** How the embeddings of a variable-length list (a query's history) become one vector. */
public enum Pooling implements SpecEnum {
    /** The mean of the list's embeddings; an empty history gives the zero vector. */
    MEAN("mean");

    private final String jsonName;

    Pooling(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
