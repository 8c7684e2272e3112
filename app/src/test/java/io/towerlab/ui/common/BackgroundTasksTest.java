package io.towerlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    @Test
    void aJobIsListedWhileItRunsAndItsResultArrives() {
        BackgroundTasks tasks = BackgroundTasks.synchronous();
        List<Integer> seen = new ArrayList<>();
        BackgroundJob job = tasks.submit("sum", context -> {
            assertThat(tasks.jobs()).hasSize(1);
            context.progress(0.5, "half");
            return 42;
        }, seen::add, e -> { });
        assertThat(seen).containsExactly(42);
        assertThat(tasks.jobs()).isEmpty();
        assertThat(job.stateProperty().get()).isEqualTo(BackgroundJob.State.SUCCEEDED);
    }

    @Test
    void aFailureReachesTheFailureCallback() {
        List<Exception> failures = new ArrayList<>();
        BackgroundJob job = BackgroundTasks.synchronous().submit("fail", context -> {
            throw new IOException("disk full");
        }, r -> { }, failures::add);
        assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("disk full");
        assertThat(job.stateProperty().get()).isEqualTo(BackgroundJob.State.FAILED);
    }

    @Test
    void userErrorsKeepTheirMessageAndUnexpectedOnesFoldTheStackTraceIntoDetails() {
        UserError unexpected = UserError.of("Saving", new IllegalStateException("boom"));
        assertThat(unexpected.message()).contains("boom").doesNotContain("\tat ");
        assertThat(unexpected.details()).contains("IllegalStateException").contains("at ");
    }
}
