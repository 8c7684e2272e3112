package io.towerlab.core.data;

/** A dataset read by {@link DatasetImporter} and the report of what was wrong in its files. */
public record ImportResult(ClickDataset dataset, ValidationReport report) {
}
