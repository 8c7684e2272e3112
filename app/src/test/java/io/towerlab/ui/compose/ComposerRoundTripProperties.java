package io.towerlab.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.spec.SpecReader;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any spec the composer builds serialises to JSON and reads back to the same spec and the same canvas. */
class ComposerRoundTripProperties {

    /** One canvas gesture, applied to whatever the canvas holds at that moment. */
    record Gesture(int op, String tower, BlockKind kind, int index, String value) {
        void apply(ComposeViewModel model) {
            int size = model.canvasProperty().get().tower(tower).size();
            BlockRef any = size == 0 ? null : model.canvasProperty().get().tower(tower).get(index % size).ref();
            switch (op) {
                case 0, 1, 2 -> model.insert(tower, kind, index % 4 - 1);
                case 3 -> {
                    if (any != null) {
                        model.move(any, index % 3);
                    }
                }
                case 4 -> {
                    if (any != null) {
                        model.duplicate(any);
                    }
                }
                case 5 -> {
                    if (any != null) {
                        model.delete(any);
                    }
                }
                case 6 -> {
                    if (any != null && any.movable() && any.index() >= 0) {
                        model.selectedProperty().set(any);
                        List<BlockProperty> properties = List.copyOf(model.properties());
                        if (!properties.isEmpty()) {
                            model.setProperty(properties.get(index % properties.size()).path(), value);
                        }
                    }
                }
                case 7 -> model.setProperty(List.of("similarity.type", "similarity.temperature", "loss.type",
                        "negatives.count", "similarity.learnTemperature", "loss.symmetric").get(index % 6), value);
                default -> model.applyTemplate(Template.values()[index % Template.values().length]);
            }
        }
    }

    @Provide
    Arbitrary<List<Gesture>> gestures() {
        Arbitrary<Gesture> gesture = Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.of(BlockRef.QUERY, BlockRef.DOC), Arbitraries.of(BlockKind.class),
                Arbitraries.integers().between(0, 50),
                Arbitraries.of("1", "2", "16", "128", "0.05", "0", "-1", "true", "false", "softmax", "fps", "dot",
                        "tanh", "title", "text", "x")).as(Gesture::new);
        return gesture.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 40)
    void jsonReadsBackToTheSameCanvas(@ForAll("gestures") List<Gesture> gestures) throws Exception {
        ComposeTesting built = new ComposeTesting(ComposeTesting.search(), Path.of("runs"));
        gestures.forEach(g -> g.apply(built.model));
        String json = built.model.jsonProperty().get();

        ComposeTesting read = new ComposeTesting(ComposeTesting.search(), Path.of("runs"));
        assertThat(read.model.applyJson(json)).isTrue();

        assertThat(read.model.canvasProperty().get()).isEqualTo(built.model.canvasProperty().get());
        assertThat(read.model.check()).isEqualTo(built.model.check());
        if (built.model.check().valid()) {
            assertThat(new SpecReader().read(json, "composed.json")).isEqualTo(built.model.check().spec());
        }
    }
}
