package io.towerlab.ui.lab;

import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.LabSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The active loss's formula as lines of text parts, followed by the same formula with one row's
 * numbers substituted. Plain Java, so that it is tested without a toolkit; {@link FormulaView} draws it.
 */
final class LossFormula {
    /** How a part is drawn. */
    enum Kind { TEXT, SUP, NUMBER, NOTE }

    record Part(String text, Kind kind) {
    }

    private static final int SHOWN_TERMS = 2;

    private final List<List<Part>> lines = new ArrayList<>();
    private List<Part> line;

    private LossFormula() {
    }

    /** The formula of the settings' loss with the numbers of {@code row} of {@code batch} (null: formula only). */
    static List<List<Part>> of(LabSettings settings, LabBatch batch, int row) {
        LossFormula f = new LossFormula();
        String type = settings.value(LabSwitch.LOSS);
        boolean numbers = batch != null && batch.lossType().equals(type) && row < batch.rows();
        switch (type) {
            case "fps" -> f.fps(settings, numbers ? batch : null, row);
            case "softmax" -> f.softmax(numbers ? batch : null, row);
            case "pairce" -> f.pairce(numbers ? batch : null, row);
            default -> f.triplet(settings, numbers ? batch : null, row);
        }
        if (numbers) {
            f.newLine().text("batch: L = Σᵢ rᵢ ℓᵢ / Σᵢ rᵢ = ").number(batch.loss()).note("   τ = " + fmt(batch.temperature()));
        }
        return f.lines;
    }

    private void fps(LabSettings settings, LabBatch b, int i) {
        boolean logQ = Boolean.parseBoolean(settings.value(LabSwitch.LOG_Q));
        boolean symmetric = Boolean.parseBoolean(settings.value(LabSwitch.SYMMETRIC));
        String s = logQ ? "S′" : "S";
        newLine().text("FPS:  ℓᵢ = −log ( e").sup(s + "ᵢᵢ").text(" / Σⱼ e").sup(s + "ᵢⱼ").text(" ),   S = U Vᵀ / τ");
        if (logQ) {
            newLine().note("logQ: S′ᵢⱼ = Sᵢⱼ − log Q(dⱼ), Q(d) = d's share of the training clicks");
        }
        if (symmetric) {
            newLine().note("symmetric: ℓᵢ is the mean of the row term and the same term down column i (document → query)");
        }
        if (Boolean.parseBoolean(settings.value(LabSwitch.MASK_ACCIDENTAL_HITS))) {
            newLine().note("accidental hits (same document in another column) are left out of Σⱼ");
        }
        if (b == null) {
            return;
        }
        float[] logits = b.logits();
        int n = b.columns();
        float positive = logits[i * n + i];
        newLine().text("row " + (i + 1) + ":  ℓ = −log ( e").sup(fmt(positive)).text(" / (");
        sumTerms(logits, i * n, n);
        line.add(new Part(") )", Kind.TEXT));
        newLine().text("      = −log ").number(b.softmax()[i * n + i]).text(symmetric ? " … ⇒ ℓ = " : " = ")
                .number(b.rowLoss()[i]);
    }

    private void softmax(LabBatch b, int i) {
        newLine().text("Softmax: ℓ = −log ( e").sup("s⁺").text(" / ( e").sup("s⁺").text(" + Σⱼ e").sup("s⁻ⱼ")
                .text(" ) ),   s = ⟨u, v⟩ / τ");
        if (b == null) {
            return;
        }
        int n = b.columns();
        newLine().text("row " + (i + 1) + ":  ℓ = −log ( e").sup(fmt(b.score(i, 0))).text(" / (");
        sumTerms(b.logits(), i * n, n);
        line.add(new Part(") )", Kind.TEXT));
        newLine().text("      = −log ").number(b.softmax()[i * n]).text(" = ").number(b.rowLoss()[i]);
    }

    private void pairce(LabBatch b, int i) {
        newLine().text("PairCE: ℓ = meanⱼ −log σ(s⁺ − s⁻ⱼ)");
        if (b == null) {
            return;
        }
        newLine().text("row " + (i + 1) + ":  ℓ = mean ( −log σ(").number(b.score(i, 0)).text(" − ")
                .number(b.score(i, 1)).text(")" + (b.columns() > 2 ? " + … " + (b.columns() - 1) + " terms" : "")
                + " ) = ").number(b.rowLoss()[i]);
    }

    private void triplet(LabSettings settings, LabBatch b, int i) {
        double margin = settings.spec().loss().margin();
        newLine().text("Triplet: ℓ = meanⱼ max(0, m − s⁺ + s⁻ⱼ),   m = " + fmt(margin));
        if (b == null) {
            return;
        }
        newLine().text("row " + (i + 1) + ":  ℓ = mean ( max(0, " + fmt(margin) + " − ").number(b.score(i, 0))
                .text(" + ").number(b.score(i, 1)).text(")" + (b.columns() > 2 ? " + … " + (b.columns() - 1)
                + " terms" : "") + " ) = ").number(b.rowLoss()[i]);
    }

    /** e^{x₀} + e^{x₁} + … + (n terms) = sum, with masked cells left out. */
    private void sumTerms(float[] logits, int from, int n) {
        double sum = 0;
        int shown = 0;
        int counted = 0;
        for (int j = 0; j < n; j++) {
            if (logits[from + j] < -1e8f) {
                continue;
            }
            counted++;
            sum += Math.exp(logits[from + j]);
            if (shown < SHOWN_TERMS) {
                line.add(new Part((shown == 0 ? "e" : " + e"), Kind.TEXT));
                line.add(new Part(fmt(logits[from + j]), Kind.SUP));
                shown++;
            }
        }
        line.add(new Part(" + … (" + counted + " terms) = ", Kind.TEXT));
        line.add(new Part(fmt(sum), Kind.NUMBER));
    }

    private LossFormula newLine() {
        line = new ArrayList<>();
        lines.add(line);
        return this;
    }

    private LossFormula text(String s) {
        line.add(new Part(s, Kind.TEXT));
        return this;
    }

    private LossFormula sup(String s) {
        line.add(new Part(s, Kind.SUP));
        return this;
    }

    private LossFormula number(double v) {
        line.add(new Part(fmt(v), Kind.NUMBER));
        return this;
    }

    private LossFormula note(String s) {
        line.add(new Part(s, Kind.NOTE));
        return this;
    }

    static String fmt(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : "%.3f", v);
    }
}
