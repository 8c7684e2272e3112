package io.towerlab.core.store;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A folder of runs, one sub-folder each. Run ids are the start time, a slug of the experiment name
 * and a random suffix; the folder is created atomically, so two writers never share a run.
 */
public final class RunStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private final Path root;

    public RunStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * The default store: {@code experiments/runs/} when the working folder is a TowerLab source
     * checkout, else the user's data folder (XDG on Linux, AppData on Windows, Application Support on
     * macOS).
     */
    public static RunStore defaultStore() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(cwd.resolve("pom.xml")) && Files.isDirectory(cwd.resolve("experiments"))) {
            return new RunStore(cwd.resolve("experiments").resolve("runs"));
        }
        ProjectDirectories dirs = ProjectDirectories.from("io", "TowerLab", "TowerLab");
        return new RunStore(Path.of(dirs.dataDir).resolve("runs"));
    }

    /** Creates a new, empty run folder. */
    public RunFolder create(String experimentName) throws IOException {
        Files.createDirectories(root);
        String slug = slug(experimentName);
        for (int attempt = 0; attempt < 100; attempt++) {
            String id = STAMP.format(LocalDateTime.now()) + "-" + slug + "-"
                    + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
            try {
                return new RunFolder(Files.createDirectory(root.resolve(id)));
            } catch (FileAlreadyExistsException taken) {
                // another writer took this id: draw another suffix
            }
        }
        throw new IOException("could not create a unique run folder in " + root);
    }

    /** Whether a name can be a run id: letters, digits, dots, dashes and underscores, not starting with a dot. */
    public static boolean isValidId(String id) {
        return id != null && id.length() <= 200 && id.matches("[A-Za-z0-9_][A-Za-z0-9._-]*");
    }

    /** Writes the first files of a new run into its (not yet visible) folder. */
    @FunctionalInterface
    public interface InitialFiles {
        void write(RunFolder folder, String id) throws IOException;
    }

    /**
     * Creates a run whose first files appear all at once: the id is reserved with an empty folder, the
     * files are written into a hidden folder beside it, which then replaces the empty one in one rename.
     * A crash meanwhile leaves at most an empty folder, never a run with half its files.
     */
    public RunFolder create(String experimentName, InitialFiles initial) throws IOException {
        RunFolder reserved = create(experimentName);
        Path temp = Files.createTempDirectory(root, "." + reserved.id() + "-");
        try {
            initial.write(new RunFolder(temp), reserved.id());
            try {
                Files.move(temp, reserved.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException notOnThisFileSystem) {
                Files.delete(reserved.path());
                Files.move(temp, reserved.path());
            }
            return reserved;
        } finally {
            if (Files.exists(temp)) {
                try (var files = Files.walk(temp)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    static String slug(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.isEmpty()) {
            s = "run";
        }
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
