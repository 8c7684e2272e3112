package io.towerlab.core.spec;

/** The layout of an experiment's data, as named in the spec's {@code data.format}; {@code auto} detects it from the path. */
public enum DataFormat implements SpecEnum {
    /** Detect the layout from the path: a folder with {@code dataset.json}, a MovieLens folder, or a .csv/.tsv file. */
    AUTO("auto"),
    /** A comma-separated interactions file with a header row. */
    CSV("csv"),
    /** A tab-separated interactions file with a header row. */
    TSV("tsv"),
    /** A MovieLens folder as downloaded (100K, 1M or latest; the variant is detected). */
    MOVIELENS("movielens"),
    /** A folder described by a {@code dataset.json} manifest. */
    MANIFEST("manifest");

    private final String jsonName;

    DataFormat(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
