package io.towerlab.cli;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecProblem;
import java.io.IOException;
import java.io.PrintStream;

/** Turns the errors a user can cause into readable messages on stderr and an exit code. */
final class CliErrors {
    static final int USER_ERROR = 2;
    static final int FAILURE = 1;

    private CliErrors() {
    }

    /** Prints the message for {@code error} and returns the exit code. */
    static int report(Throwable error, PrintStream err) {
        if (error instanceof SpecException spec) {
            err.println("error: the experiment spec " + spec.sourceName() + " has "
                    + spec.problems().size() + " problem" + (spec.problems().size() == 1 ? "" : "s") + ":");
            for (SpecProblem p : spec.problems()) {
                err.println("  " + p);
            }
            return USER_ERROR;
        }
        if (error instanceof DataFormatException || error instanceof IllegalArgumentException) {
            err.println("error: " + error.getMessage());
            return USER_ERROR;
        }
        if (error instanceof IOException) {
            err.println("error: " + error.getMessage());
            return FAILURE;
        }
        err.println("error: " + error);
        error.printStackTrace(err);
        return FAILURE;
    }
}
