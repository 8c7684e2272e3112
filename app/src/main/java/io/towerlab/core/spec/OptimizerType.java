package io.towerlab.core.spec;

/** The gradient-descent variant that updates the weights. */
public enum OptimizerType implements SpecEnum {
    /** Adam (Kingma and Ba 2015); weight decay, if any, is added to the gradient (L2). */
    ADAM("adam"),
    /** Adam with decoupled weight decay (Loshchilov and Hutter 2019). */
    ADAMW("adamw"),
    /** Stochastic gradient descent with momentum. */
    SGD("sgd");

    private final String jsonName;

    OptimizerType(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
