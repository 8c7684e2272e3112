package io.towerlab.ui.common;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A problem to show the user: a short title, a readable message (what happened, where, what to
 * try) and details folded away (the full problem list or, for unexpected errors, the stack trace).
 */
public record UserError(String title, String message, String details) {
    private static final Logger LOG = LoggerFactory.getLogger(UserError.class);

    /**
     * The error for something that went wrong while {@code doing} (e.g. "Opening the dataset"):
     * data, spec and file errors are the user's to fix; anything else is logged as unexpected.
     */
    public static UserError of(String doing, Throwable error) {
        if (error instanceof DataFormatException || error instanceof SpecException) {
            return new UserError(doing + " failed", error.getMessage(), error.getMessage());
        }
        if (error instanceof IOException) {
            return new UserError(doing + " failed", error.getMessage(), stackTrace(error));
        }
        LOG.error("{} failed unexpectedly", doing, error);
        return new UserError(doing + " failed unexpectedly",
                error.getClass().getSimpleName() + ": " + error.getMessage()
                        + ". This is a bug; the details are also in the log (Help → Open log folder).",
                stackTrace(error));
    }

    static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
