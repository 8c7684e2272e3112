package io.towerlab.ui.experiments;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.FxDispatcher;
import io.towerlab.ui.common.Themes;
import io.towerlab.ui.experiments.inspector.QueryInspectorPanel;
import io.towerlab.ui.experiments.projection.EmbeddingProjectionPanel;
import io.towerlab.ui.experiments.projection.ProjectionViewModel;
import io.towerlab.ui.experiments.projection.RunProjection;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Shows one comparison panel over completed runs of a store in a window of its own and saves a PNG
 * of it: how the README's screenshots of the projection and the query inspector are made (run it
 * under a display, e.g. a virtual one). Arguments as {@code key=value}: {@code store}, {@code panel}
 * (projection | inspector), {@code theme} (light | dark), {@code out}, {@code width}, {@code height},
 * {@code runs} (how many completed runs, newest first), {@code tsne} (true: lay out by t-SNE),
 * {@code select} (a document id to select), {@code query} (a query id; default: a random test query),
 * {@code approximate} (true: the inspector searches each run's HNSW index).
 */
public final class PanelPreview {
    private PanelPreview() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            o.put(a.substring(0, eq), a.substring(eq + 1));
        }
        Path store = Path.of(o.getOrDefault("store", "experiments/runs"));
        boolean dark = "dark".equals(o.get("theme"));
        List<SelectedRun> runs = completedRuns(store, Integer.parseInt(o.getOrDefault("runs", "2")));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        BackgroundTasks tasks = BackgroundTasks.threaded(onFx(FxDispatcher::new));
        StackPane root = new StackPane();
        boolean projection = "projection".equals(o.getOrDefault("panel", "projection"));
        ComparisonPanel panel = onFx(() -> projection
                ? new EmbeddingProjectionPanel(tasks, new SimpleBooleanProperty(dark))
                : new QueryInspectorPanel(tasks));
        onFx(() -> {
            root.getChildren().add(panel.node());
            Scene scene = new Scene(root, Double.parseDouble(o.getOrDefault("width", "1480")),
                    Double.parseDouble(o.getOrDefault("height", "860")));
            scene.getStylesheets().add(Themes.class.getResource("/io/towerlab/ui/towerlab.css").toExternalForm());
            Themes.apply(dark, root);
            Themes.zoom(1, root);
            Stage stage = new Stage();
            stage.setTitle(panel.title());
            stage.setScene(scene);
            stage.show();
            panel.show(runs);
            return null;
        });
        if (projection) {
            ProjectionViewModel model = ((EmbeddingProjectionPanel) panel).model();
            waitFor(300, () -> !model.projections().isEmpty());
            if (Boolean.parseBoolean(o.getOrDefault("tsne", "false"))) {
                onFx(() -> {
                    model.computeTsne();
                    return null;
                });
                waitFor(1800, () -> !model.tsneRunningProperty().get());
            }
            onFx(() -> {
                RunProjection first = model.projections().get(0);
                model.select(o.getOrDefault("select", first.id(first.size() / 3)));
                return null;
            });
        } else {
            var model = ((QueryInspectorPanel) panel).model();
            waitFor(600, () -> model.shownRuns() > 0);
            onFx(() -> {
                ((javafx.scene.control.TextField) panel.node().lookup("#querySearch"))
                        .setText(o.getOrDefault("search", ""));
                model.search(o.getOrDefault("search", ""));
                model.approximateProperty().set(Boolean.parseBoolean(o.getOrDefault("approximate", "false")));
                if (o.containsKey("query")) {
                    model.choose(o.get("query"));
                } else {
                    model.randomTestQuery();
                }
                return null;
            });
            waitFor(300, () -> !model.columns().isEmpty());
        }
        Thread.sleep(1500);
        Path out = Path.of(o.getOrDefault("out", "preview.png"));
        WritableImage image = onFx(() -> root.getScene().snapshot(null));
        javax.imageio.ImageIO.write(toBuffered(image), "png", out.toFile());
        System.out.println("saved " + out);
        Platform.exit();
        System.exit(0);
    }

    private static List<SelectedRun> completedRuns(Path store, int count) throws Exception {
        RunStore runStore = new RunStore(store);
        List<SelectedRun> out = new ArrayList<>();
        for (RunSummary s : new RunReader(runStore).list()) {
            if ("COMPLETED".equals(s.status()) && out.size() < count) {
                out.add(new SelectedRun(s, new RunFolder(store.resolve(s.id())), out.size()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no completed run in " + store);
        }
        return out;
    }

    private static void waitFor(int seconds, BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }
}
