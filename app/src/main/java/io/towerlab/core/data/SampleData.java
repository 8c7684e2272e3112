package io.towerlab.core.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the shipped sample datasets: next to the working folder in a source checkout, next to the
 * jar ({@code app/target/towerlab.jar} → {@code sample-data/}), or in an installed app's folder.
 * The system property {@code towerlab.sampleData} overrides the search.
 */
public final class SampleData {
    /** The dataset the app opens on its first start. */
    public static final String DEFAULT = "movies-small";

    private SampleData() {
    }

    /** The folder of a shipped sample dataset, when it can be found. */
    public static Optional<Path> find(String name) {
        for (Path folder : candidates()) {
            Path dataset = folder.resolve(name);
            if (Files.isRegularFile(dataset.resolve("dataset.json"))) {
                return Optional.of(dataset.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    private static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String override = System.getProperty("towerlab.sampleData");
        if (override != null) {
            out.add(Path.of(override));
        }
        out.add(Path.of("sample-data"));
        try {
            Path jar = Path.of(SampleData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = jar.getParent();
            if (folder != null) {
                out.add(folder.resolve("sample-data"));
                if (folder.getParent() != null && folder.getParent().getParent() != null) {
                    out.add(folder.getParent().getParent().resolve("sample-data"));
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: only the working folder is searched
        }
        return out;
    }
}
