package io.towerlab.core.spec;

/**
 * One thing wrong with an experiment spec: where (a JSON path such as {@code docTower.layers[2].units},
 * empty for the whole document) and why (such as {@code must be > 0}). JSON syntax errors also carry the
 * 1-based line and column of the offending character; other problems have -1 there.
 */
public record SpecProblem(String path, String message, int line, int column) {

    public SpecProblem(String path, String message) {
        this(path, message, -1, -1);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** {@code path: message}, or {@code line:column: message} for a syntax error. */
    @Override
    public String toString() {
        if (hasLocation()) {
            return line + ":" + column + ": " + message;
        }
        return path.isEmpty() ? message : path + ": " + message;
    }
}
