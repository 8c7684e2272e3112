package io.towerlab.core.spec;

/** The non-linearity after a dense layer. */
public enum Activation implements SpecEnum {
    /** No activation: the layer is linear. */
    NONE("none"),
    /** max(0, x). */
    RELU("relu"),
    /** The hyperbolic tangent, as in the 2013 DSSM. */
    TANH("tanh"),
    /** x·Φ(x), as in BERT. */
    GELU("gelu");

    private final String jsonName;

    Activation(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
