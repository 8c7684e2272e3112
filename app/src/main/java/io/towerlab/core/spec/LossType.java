package io.towerlab.core.spec;

/** The ranking loss (DESIGN.md §1): pointwise softmax, pairwise PairCE and triplet, listwise in-batch FPS. */
public enum LossType implements SpecEnum {
    /** −log(e^{s⁺} / (e^{s⁺} + Σⱼ e^{s⁻ⱼ})) over one positive and K sampled negatives (DSSM, Huang et al. 2013). */
    SOFTMAX("softmax"),
    /** mean over j of −log σ(s⁺ − s⁻ⱼ): only the order of positive and negative matters (BPR, Rendle et al. 2009). */
    PAIRCE("pairce"),
    /** mean over j of max(0, m − s⁺ + s⁻ⱼ) with margin m (FaceNet, Schroff et al. 2015). */
    TRIPLET("triplet"),
    /** Full Product Softmax: softmax over each row of S = U Vᵀ / τ for a batch; the batch's other documents are the negatives (CLIP, Radford et al. 2021). */
    FPS("fps");

    private final String jsonName;

    LossType(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
