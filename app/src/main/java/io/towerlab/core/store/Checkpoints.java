package io.towerlab.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves and loads named float32 tensors as a checkpoint folder: one little-endian {@code .f32}
 * file per tensor and an {@code index.json} of names, files and shapes. A checkpoint is written to
 * a temporary folder which is then renamed into place, so a crash never leaves a half checkpoint.
 */
public final class Checkpoints {
    private static final String STATE = "state.json";

    private Checkpoints() {
    }

    /** A tensor's values and shape. */
    public record Tensor(long[] shape, float[] values) {
    }

    public static void save(Path folder, Map<String, Tensor> tensors) throws IOException {
        save(folder, tensors, null);
    }

    /** Saves tensors and, when {@code state} is not null, a {@code state.json} beside them, in one rename. */
    public static void save(Path folder, Map<String, Tensor> tensors, Map<String, Object> state) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + folder.getFileName() + "-");
        Map<String, Object> index = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            String file = "t" + (n++) + ".f32";
            ByteBuffer buffer = ByteBuffer.allocate(e.getValue().values().length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(e.getValue().values());
            Files.write(temp.resolve(file), buffer.array());
            index.put(e.getKey(), Map.of("file", file, "shape", e.getValue().shape()));
        }
        if (state != null) {
            AtomicFiles.write(temp.resolve(STATE), RunFolder.JSON.writeValueAsBytes(state));
        }
        AtomicFiles.write(temp.resolve("index.json"), RunFolder.JSON.writeValueAsBytes(index));
        replaceFolder(temp, folder);
    }

    /**
     * Repairs what a crash during {@link #save} can leave: a checkpoint moved aside but not yet replaced is
     * moved back, and unfinished temporary folders beside it are deleted.
     */
    public static void recover(Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Path old = parent.resolve("." + folder.getFileName() + "-old");
        if (!Files.exists(folder) && Files.isRegularFile(old.resolve("index.json"))) {
            Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
        }
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (var entries = Files.list(parent)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("." + folder.getFileName() + "-"))
                    .toList()) {
                deleteRecursively(p);
            }
        }
    }

    /** Moves a completed temporary folder into place, replacing an older one. */
    static void replaceFolder(Path temp, Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        if (Files.exists(folder)) {
            Path old = parent.resolve("." + folder.getFileName() + "-old");
            deleteRecursively(old);
            Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(old);
        } else {
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Tensor> load(Path folder) throws IOException {
        Map<String, Object> index = RunFolder.JSON.readValue(folder.resolve("index.json").toFile(), LinkedHashMap.class);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : index.entrySet()) {
            Map<String, Object> entry = (Map<String, Object>) e.getValue();
            List<Number> shapeList = (List<Number>) entry.get("shape");
            long[] shape = shapeList.stream().mapToLong(Number::longValue).toArray();
            byte[] bytes = Files.readAllBytes(folder.resolve((String) entry.get("file")));
            float[] values = new float[bytes.length / 4];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            out.put(e.getKey(), new Tensor(shape, values));
        }
        return out;
    }

    /** The {@code state.json} saved with a checkpoint, or an empty map when it has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> loadState(Path folder) throws IOException {
        Path file = folder.resolve(STATE);
        return Files.exists(file) ? RunFolder.JSON.readValue(file.toFile(), LinkedHashMap.class) : Map.of();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
