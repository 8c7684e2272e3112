package io.towerlab.ui.common;

import io.towerlab.core.train.CancelToken;

/** What a background job sees: where to report progress and whether it was asked to stop. */
public interface JobContext {

    /** Reports progress in [0, 1], or a negative value for "unknown", with a short message. */
    void progress(double fraction, String message);

    /** The token set when the user cancels this job. */
    CancelToken cancelToken();

    default boolean isCancelled() {
        return cancelToken().isCancelled();
    }
}
