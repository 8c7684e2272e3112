package io.towerlab.core.spec;

/** How the two tower outputs are compared: s(q, d) = sim(u, v) / τ. */
public enum SimilarityType implements SpecEnum {
    /** The plain dot product ⟨u, v⟩; sensible with weight decay or another regulariser on the vectors. */
    DOT("dot"),
    /** The dot product of L2-normalised vectors, in [-1, 1]; needs a small temperature (CLIP: 0.07). */
    COSINE("cosine");

    private final String jsonName;

    SimilarityType(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
