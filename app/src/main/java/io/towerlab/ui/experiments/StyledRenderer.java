package io.towerlab.ui.experiments;

import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * A line renderer whose series look is fixed by the comparison (run colour and dash, faint raw curves,
 * muted reference lines) rather than by series position, so restyling for the theme or zoom keeps it.
 */
final class StyledRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    /** The look of one series. */
    record Look(Paint paint, Stroke stroke, boolean inLegend, boolean reference, boolean shapes) {

        Look(Paint paint, Stroke stroke, boolean inLegend, boolean reference) {
            this(paint, stroke, inLegend, reference, false);
        }
    }

    private final transient List<Look> looks = new ArrayList<>();
    private final transient BooleanSupplier dark;

    StyledRenderer(BooleanSupplier dark) {
        super(true, false);
        this.dark = dark;
        setDrawSeriesLineAsPath(true);
    }

    /** Sets the looks of series 0..n-1, in dataset order. */
    void setLooks(List<Look> list) {
        looks.clear();
        looks.addAll(list);
        for (int i = 0; i < list.size(); i++) {
            setSeriesVisibleInLegend(i, list.get(i).inLegend(), false);
            setSeriesShapesVisible(i, list.get(i).shapes() && !list.get(i).reference());
        }
        fireChangeEvent();
    }

    @Override
    public Paint lookupSeriesPaint(int series) {
        if (series < looks.size()) {
            Look look = looks.get(series);
            return look.reference() ? RunStyles.reference(dark.getAsBoolean()) : look.paint();
        }
        return super.lookupSeriesPaint(series);
    }

    @Override
    public Paint lookupSeriesFillPaint(int series) {
        return lookupSeriesPaint(series);
    }

    @Override
    public Stroke lookupSeriesStroke(int series) {
        return series < looks.size() ? looks.get(series).stroke() : super.lookupSeriesStroke(series);
    }
}
