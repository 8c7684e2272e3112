package io.towerlab.ui.experiments;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import java.awt.Dimension;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import io.towerlab.core.store.AtomicFiles;

/**
 * Writes charts as PNG (raster) and SVG (vector, through Apache Batik's SVG generator), drawn at a fixed size in the
 * current theme. Files are written atomically. Several charts to one name are numbered.
 */
public final class ChartExport {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;

    private ChartExport() {
    }

    public static byte[] png(JFreeChart chart) throws IOException {
        return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
    }

    /** The chart as an SVG document, drawn through Batik's SVG generator onto the JDK's own DOM. */
    public static String svg(JFreeChart chart) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder for the SVG export: " + e.getMessage(), e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("TowerLab chart");
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        StringWriter out = new StringWriter();
        g.stream(out, true);
        g.dispose();
        return out.toString();
    }

    /** Writes every chart to {@code target}, or to target-1, target-2, … when there are several. */
    public static List<Path> write(List<JFreeChart> charts, Path target, boolean asSvg) throws IOException {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            Path file = charts.size() == 1 ? target : numbered(target, i + 1);
            if (asSvg) {
                AtomicFiles.write(file, svg(charts.get(i)));
            } else {
                AtomicFiles.write(file, png(charts.get(i)));
            }
            written.add(file);
        }
        return written;
    }

    static Path numbered(Path target, int n) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
        return target.resolveSibling(numbered);
    }

    /** PNG bytes of a JavaFX image (a snapshot of a panel). */
    public static byte[] png(Image image) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "png", bytes);
        return bytes.toByteArray();
    }
}
