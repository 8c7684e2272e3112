package io.towerlab.core.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an experiment spec from JSON: parses it to a tree (a syntax error is reported with its line and
 * column), applies {@code --set} overrides, reads each field (absent ones take the registry's default; wrong
 * types, out-of-range values, unknown keys and missing fields are reported at their JSON path), and when every
 * field is valid, checks the rules between fields. All problems of a phase are reported together in one
 * {@link SpecException}.
 *
 * <p>A relative {@code data.path} is kept as written; resolve it with {@link DataSpec#resolve(Path)} against
 * the folder of the spec file.
 */
public final class SpecReader {

    private final HyperparameterRegistry registry;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public SpecReader(HyperparameterRegistry registry) {
        this.registry = registry;
    }

    /** A reader over the {@linkplain HyperparameterRegistry#standard() standard registry}. */
    public SpecReader() {
        this(HyperparameterRegistry.standard());
    }

    public ExperimentSpec read(Path file) throws SpecException {
        return read(file, List.of());
    }

    /** Reads a spec file, applying {@code key.path=value} overrides before validation. */
    public ExperimentSpec read(Path file, List<String> overrides) throws SpecException {
        return read(readFile(file), file.getFileName().toString(), overrides);
    }

    /** Reads spec JSON; {@code sourceName} (a file name) prefixes the messages. */
    public ExperimentSpec read(String json, String sourceName) throws SpecException {
        return read(json, sourceName, List.of());
    }

    public ExperimentSpec read(String json, String sourceName, List<String> overrides) throws SpecException {
        return fromTree(SpecOverrides.apply(parse(json, sourceName), overrides), sourceName);
    }

    /** Parses JSON text into a tree, reporting a syntax error with its line and column. */
    public JsonNode parse(String json, String sourceName) throws SpecException {
        try {
            JsonNode tree = mapper.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new SpecException(sourceName, List.of(new SpecProblem("", "is empty; a spec is a JSON object "
                        + "{\"name\": ..., \"data\": ..., \"queryTower\": ..., \"docTower\": ...}")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new SpecException(sourceName, List.of(new SpecProblem("", "JSON syntax error: "
                    + firstLine(e.getOriginalMessage()), line, column)));
        }
    }

    /** Reads and validates a parsed (and possibly overridden) spec tree. */
    public ExperimentSpec fromTree(JsonNode tree, String sourceName) throws SpecException {
        SpecCheck check = check(tree);
        if (!check.problems().isEmpty()) {
            throw new SpecException(sourceName, check.problems());
        }
        return check.spec();
    }

    /**
     * Reads a spec tree as far as it goes, for editors that show every problem while the spec is being
     * written: the spec read (a field with a problem holds its default or a placeholder) and all problems.
     */
    public SpecCheck check(JsonNode tree) {
        List<SpecProblem> problems = new ArrayList<>();
        ExperimentSpec spec = new SpecTreeReader(registry).read(tree, problems);
        if (problems.isEmpty()) {
            JsonNode negatives = tree.path("negatives");
            problems.addAll(new SpecValidator(registry).validate(spec, !negatives.isMissingNode() && !negatives.isNull()));
        }
        return new SpecCheck(spec, problems);
    }

    private static String readFile(Path file) throws SpecException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SpecException(file.toString(), List.of(new SpecProblem("", "no such file; check the path")));
        } catch (IOException e) {
            throw new SpecException(file.toString(), List.of(new SpecProblem("", "cannot be read: " + e)));
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
