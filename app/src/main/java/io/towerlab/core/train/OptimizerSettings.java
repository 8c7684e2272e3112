package io.towerlab.core.train;

/**
 * The optimizer and its hyperparameters.
 *
 * @param type         Adam (Kingma and Ba, 2015), AdamW (decoupled weight decay, Loshchilov and
 *                     Hutter, 2019) or SGD
 * @param weightDecay  L2 penalty added to the gradient (Adam, SGD) or decoupled decay (AdamW)
 * @param clipGradNorm clip the global gradient norm to this value; 0 disables clipping
 * @param momentum     SGD momentum; ignored by Adam
 */
public record OptimizerSettings(Type type, float learningRate, float weightDecay, float clipGradNorm,
                                float momentum) {

    public enum Type { ADAM, ADAMW, SGD }

    public static final float BETA1 = 0.9f;
    public static final float BETA2 = 0.999f;
    public static final float EPSILON = 1e-8f;

    public static OptimizerSettings adam(float learningRate) {
        return new OptimizerSettings(Type.ADAM, learningRate, 0f, 0f, 0f);
    }
}
