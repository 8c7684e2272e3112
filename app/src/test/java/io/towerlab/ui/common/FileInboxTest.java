package io.towerlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileInboxTest {

    @Test
    void keepsRequestsUntilTheAppIsReadyThenHandsThemOverInOrder() {
        FileInbox inbox = new FileInbox();
        inbox.deliver(List.of(Path.of("a.csv")));
        inbox.deliver(List.of(Path.of("b.json"), Path.of("c.towerlab-run")));
        List<List<Path>> received = new ArrayList<>();
        inbox.setReceiver(received::add);
        inbox.deliver(List.of());
        assertThat(received).containsExactly(List.of(Path.of("a.csv")),
                List.of(Path.of("b.json"), Path.of("c.towerlab-run")), List.of());
    }
}
