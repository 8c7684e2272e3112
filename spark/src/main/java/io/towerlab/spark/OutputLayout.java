package io.towerlab.spark;

/** How the job writes vectors; see the README's "Scaling" section. */
enum OutputLayout {
    /** {@code out/vectors/}: Parquet rows {@code (id string, vector array<float>)}, on any file system Spark writes to. */
    PARQUET,
    /**
     * {@code out/part-NNNNN/}: per partition, the desktop app's embedding layout ({@code documents.f32},
     * {@code documents.ids}, {@code index.json}); needs a folder every executor can write to (a shared mount).
     */
    F32
}
