package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecProblem;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The spec trees a composition starts from: an empty canvas on the loaded dataset, a template, a saved
 * run's spec for fine-tuning, or a spec file.
 */
final class SpecStarts {
    private final SpecReader reader;
    private final ComposerEdits edits;

    SpecStarts(SpecReader reader, ComposerEdits edits) {
        this.reader = reader;
        this.edits = edits;
    }

    /**
     * Towers without blocks and the registry's defaults elsewhere, reading the dataset (its predefined split
     * when it has one); every section written out, so the JSON pane shows what the run will use.
     */
    ObjectNode empty(String name, ClickDataset data) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("name", name);
        ObjectNode dataNode = root.putObject("data").put("path", data == null ? "" : data.source().path().toString());
        if (data != null && data.interactions().hasPredefinedSplit()) {
            dataNode.putObject("split").put("type", "predefined");
        }
        root.putObject(BlockRef.QUERY).putArray("inputs");
        root.putObject(BlockRef.DOC).putArray("inputs");
        ObjectNode full = new SpecWriter().toTree(reader.check(root).spec());
        full.withObjectProperty(BlockRef.QUERY).putArray("layers");
        full.withObjectProperty(BlockRef.DOC).putArray("layers");
        return full;
    }

    ObjectNode template(Template template, ClickDataset data) {
        ObjectNode root = empty(template.name().toLowerCase(java.util.Locale.ROOT) + "-composed", data);
        template.fill(root, edits, Columns.of(data));
        return root;
    }

    /** A saved run's spec with {@code init} naming the run, so training starts from its weights. */
    ObjectNode fromRun(RunStore store, RunSummary run) throws SpecException {
        ObjectNode copy = new SpecWriter().toTree(reader.read(store.root().resolve(run.id()).resolve("spec.json")));
        copy.put("name", run.name() + "-finetune");
        copy.putObject("init").put("run", run.id()).putArray("towers").add("query").add("doc");
        return copy;
    }

    /** The store's completed runs, newest first. */
    static List<RunSummary> completedRuns(RunStore store) throws IOException {
        return new RunReader(store).list().stream().filter(r -> "COMPLETED".equals(r.status())).toList();
    }

    /** A spec file's tree as written (it may still have problems, which the canvas then shows). */
    ObjectNode open(Path path) throws IOException, SpecException {
        String name = path.getFileName().toString();
        JsonNode parsed = reader.parse(Files.readString(path, StandardCharsets.UTF_8), name);
        if (!(parsed instanceof ObjectNode object)) {
            throw new SpecException(name, List.of(new SpecProblem("",
                    "must be a JSON object {\"name\": ..., \"queryTower\": ..., ...}")));
        }
        return object;
    }
}
