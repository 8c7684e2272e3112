package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedExperimentsTest {

    @Test
    void everyShippedExperimentIsAValidSpecOnTheSampleData() throws IOException, SpecException {
        Path folder = experimentsFolder();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("movies-small-softmax.json",
                "movies-small-pairce.json", "movies-small-triplet.json", "movies-small-fps.json",
                "movies-small-fps-logq.json", "movies-small-history.json", "movies-small-fps-pretrain.json");

        SpecReader reader = new SpecReader();
        for (Path file : files) {
            ExperimentSpec spec = reader.read(file);
            assertThat(spec.name() + ".json").isEqualTo(file.getFileName().toString());
            String sample = spec.name().substring(0, spec.name().indexOf("-small-") + "-small".length());
            assertThat(spec.data().resolve(folder)).isEqualTo(folder.getParent().resolve("sample-data/" + sample));
        }
    }

    @Test
    void theShippedLossesCoverAllFour() throws IOException, SpecException {
        Path folder = experimentsFolder();
        SpecReader reader = new SpecReader();
        List<LossType> losses = Stream.of("softmax", "pairce", "triplet", "fps").map(name -> {
            try {
                return reader.read(folder.resolve("movies-small-" + name + ".json")).loss().type();
            } catch (SpecException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }).toList();

        assertThat(losses).containsExactly(LossType.SOFTMAX, LossType.PAIRCE, LossType.TRIPLET, LossType.FPS);
    }

    /** The project's {@code experiments/} folder, found upwards from the working folder. */
    static Path experimentsFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("experiments")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("experiments");
            }
        }
        throw new AssertionError("no experiments folder above " + Path.of("").toAbsolutePath());
    }
}
