package io.towerlab.core.spec;

/**
 * A tower input read from a text column of the tower's own entities (a query string, a document title):
 * letter-trigram hashing, token embeddings, a transformer trained from scratch, or a pretrained encoder.
 * Any of them can sit beside id and categorical inputs in one tower, whose inputs are concatenated.
 */
public sealed interface TextEncoderSpec extends EncoderSpec
        permits TrigramEncoderSpec, TokensEncoderSpec, TransformerEncoderSpec, PretrainedEncoderSpec {

    /** The name of the text column, of queries in the query tower and of documents in the document tower. */
    String column();
}
