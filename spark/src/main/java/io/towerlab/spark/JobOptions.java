package io.towerlab.spark;

/**
 * What one run of the job does.
 *
 * @param run        the run folder whose document tower embeds the catalogue
 * @param data       the dataset the run was trained on (null: the path in its provenance)
 * @param catalogue  a CSV file (with a header) or a Parquet file or folder of documents
 * @param format     {@code csv}, {@code parquet} or {@code auto} (by the catalogue's name)
 * @param idColumn   the catalogue's id column (null: its first column)
 * @param out        the output folder; must not exist yet
 * @param layout     how the vectors are written
 * @param device     the engine device on each executor: {@code auto}, {@code cpu}, {@code gpu}, {@code gpu:N}
 * @param partitions the number of partitions to spread the catalogue over (0: as read)
 */
record JobOptions(String run, String data, String catalogue, String format, String idColumn, String out,
                  OutputLayout layout, String device, int partitions) {
}
