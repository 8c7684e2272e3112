package io.towerlab.core.data;

import java.util.Objects;

/**
 * A click log ready for training: queries (users or text queries) and documents (items) as id
 * dictionaries, their side features, and the interactions as primitive arrays keyed by dense
 * indices. Immutable once built.
 *
 * @param name          a short name for people (the file or folder name)
 * @param source        where it was read from and how
 * @param queries       original query id ↔ dense index
 * @param documents     original document id ↔ dense index; every document of the catalogue,
 *                      including those never clicked when a document file lists them
 * @param interactions  the clicks
 * @param queryFeatures side features of queries, aligned with {@code queries}
 * @param documentFeatures side features of documents, aligned with {@code documents}
 */
public record ClickDataset(String name, DatasetSource source, IdDictionary queries, IdDictionary documents,
                           Interactions interactions, FeatureTable queryFeatures,
                           FeatureTable documentFeatures) {

    public ClickDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(interactions, "interactions");
        queryFeatures = queryFeatures == null ? FeatureTable.empty() : queryFeatures;
        documentFeatures = documentFeatures == null ? FeatureTable.empty() : documentFeatures;
    }

    public int queryCount() {
        return queries.size();
    }

    public int documentCount() {
        return documents.size();
    }

    public int interactionCount() {
        return interactions.size();
    }
}
