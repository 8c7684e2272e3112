package io.towerlab.core.store;

import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A whole run as one zip file ({@code <run id>/spec.json, ...}) that another TowerLab can import.
 * Import unpacks into a hidden folder of the store, refuses any entry that would land outside it
 * ("zip slip": absolute names, {@code ..}), checks the spec and status, and only then renames the
 * folder into place under a run id that is not taken; on any problem nothing is left behind.
 */
public final class RunBundle {
    private static final long MAX_BYTES = 16L << 30;
    private static final int MAX_ENTRIES = 100_000;

    private RunBundle() {
    }

    public static void export(RunFolder run, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> walk = Files.walk(run.path())) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = run.path().relativize(p);
                if (relative.toString().startsWith(".") || relative.toString().contains("/.")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(run.id() + "/" + relative.toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }

    /**
     * Imports a bundle into the store and returns the new run.
     *
     * @throws IllegalArgumentException saying which entry or file is wrong, when the bundle is not a valid run
     */
    public static RunFolder importInto(RunStore store, Path zip) throws IOException {
        Files.createDirectories(store.root());
        Path temp = Files.createTempDirectory(store.root(), ".import-");
        try {
            String id = unpack(zip, temp);
            check(new RunFolder(temp), zip);
            Path target = freeName(store.root(), id);
            Files.move(temp, target);
            RunFolder run = new RunFolder(target);
            RunSummary summary = run.readSummary();
            if (summary != null && !target.getFileName().toString().equals(summary.id())) {
                run.writeSummary(new RunSummary(run.id(), summary.name(), summary.status(), summary.message(),
                        summary.created(), summary.finished(), summary.heartbeat(), summary.loss(),
                        summary.hyperparameters(), summary.metrics(), summary.bestMetrics(), summary.baseline(),
                        summary.device(), summary.durationSeconds(), summary.epoch(), summary.bestEpoch(),
                        summary.step(), summary.parent()));
            }
            return run;
        } finally {
            if (Files.exists(temp)) {
                Checkpoints.deleteRecursively(temp);
            }
        }
    }

    /** Unpacks the entries under one top folder into {@code temp}; returns that folder's name. */
    private static String unpack(Path zip, Path temp) throws IOException {
        String top = null;
        long bytes = 0;
        int entries = 0;
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file,
                StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bad(zip, "has more than " + MAX_ENTRIES + " entries");
                }
                String name = e.getName().replace('\\', '/');
                int slash = name.indexOf('/');
                if (slash <= 0 || name.startsWith("/") || name.contains(":")) {
                    throw bad(zip, "entry \"" + e.getName() + "\" is not inside a run folder (RUN_ID/file)");
                }
                String folder = name.substring(0, slash);
                if (top == null) {
                    top = folder;
                } else if (!top.equals(folder)) {
                    throw bad(zip, "holds more than one run folder (" + top + ", " + folder + ")");
                }
                if (!RunStore.isValidId(top)) {
                    throw bad(zip, "has a run folder named \"" + top + "\", which is not a run id");
                }
                String rest = name.substring(slash + 1);
                if (rest.isEmpty()) {
                    continue;
                }
                Path out = temp.resolve(rest).normalize();
                if (!out.startsWith(temp) || out.equals(temp) || List.of(rest.split("/")).contains("..")) {
                    throw bad(zip, "entry \"" + e.getName() + "\" would be written outside the run folder; refused");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                long written = Files.copy(in, out);
                bytes += written;
                if (bytes > MAX_BYTES) {
                    throw bad(zip, "unpacks to more than " + (MAX_BYTES >> 30) + " GB");
                }
            }
        } catch (ZipException e) {
            throw bad(zip, "is not a readable zip bundle (" + e.getMessage() + ")");
        } catch (FileSystemException e) {
            throw bad(zip, "has an entry that cannot be unpacked (" + e.getMessage() + ")");
        }
        if (top == null) {
            throw bad(zip, "is empty; export a run with towerlab runs export RUN --bundle FILE.zip");
        }
        return top;
    }

    private static void check(RunFolder run, Path zip) throws IOException {
        if (!Files.isRegularFile(run.path().resolve("spec.json"))) {
            throw bad(zip, "has no spec.json: it is not a run bundle");
        }
        try {
            new SpecReader().read(run.readSpec(), "spec.json");
        } catch (SpecException e) {
            throw bad(zip, "has an invalid spec.json: " + e.getMessage());
        } catch (RuntimeException e) {
            throw bad(zip, "has a spec.json that cannot be read (" + e.getMessage() + ")");
        }
        if (Files.exists(run.path().resolve("status.json"))) {
            try {
                RunStatus status = run.readStatus();
                if (RunState.parse(status.state()).isEmpty()) {
                    throw bad(zip, "has a status.json with an unknown state \"" + status.state() + "\"");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof IllegalArgumentException known) {
                    throw known;
                }
                throw bad(zip, "has a status.json that cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    private static Path freeName(Path root, String id) {
        Path target = root.resolve(id);
        for (int n = 2; Files.exists(target); n++) {
            target = root.resolve(id + "-imported-" + n);
        }
        return target;
    }

    private static IllegalArgumentException bad(Path zip, String what) {
        return new IllegalArgumentException("the bundle " + zip.getFileName() + " " + what);
    }
}
