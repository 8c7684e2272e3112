package io.towerlab.core.data;

/** The layouts the importer reads; {@code AUTO} detects one from the path. */
public enum DatasetFormat {
    AUTO, CSV, TSV, MOVIELENS_100K, MOVIELENS_1M, MOVIELENS_LATEST, MANIFEST
}
