package io.towerlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path folder;
    private final BlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();

    @Test
    void aSecondLaunchForwardsItsFilesToTheRunningInstance() throws Exception {
        try (SingleInstance running = SingleInstance.claim(folder, received::add).orElseThrow()) {
            assertThat(SingleInstance.claim(folder, received::add)).isEmpty();
            Path bundle = folder.resolve("run.towerlab-run");
            assertThat(SingleInstance.forward(folder, List.of(bundle, Path.of("data.csv")))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS))
                    .containsExactly(bundle, Path.of("data.csv").toAbsolutePath().normalize());
            assertThat(SingleInstance.forward(folder, List.of())).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void theNextLaunchRunsWhenTheFirstHasClosed() throws Exception {
        SingleInstance.claim(folder, received::add).orElseThrow().close();
        assertThat(SingleInstance.forward(folder, List.of(Path.of("a.csv")))).isFalse();
        try (SingleInstance next = SingleInstance.claim(folder, received::add).orElseThrow()) {
            assertThat(Files.readString(folder.resolve("instance.port"))).isNotBlank();
        }
    }

    @Test
    void nothingToForwardToWithoutARunningInstance() {
        assertThat(SingleInstance.forward(folder, List.of(Path.of("a.csv")))).isFalse();
    }

    @Test
    void ignoresARequestWithoutTheToken() throws Exception {
        try (SingleInstance running = SingleInstance.claim(folder, received::add).orElseThrow()) {
            int port = Integer.parseInt(Files.readString(folder.resolve("instance.port")).split(" ")[0]);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write("not-the-token\n/etc/passwd\n\n");
                out.flush();
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(SingleInstance.forward(folder, List.of(Path.of("b.csv")))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).extracting(Path::getFileName)
                    .containsExactly(Path.of("b.csv"));
            assertThat(received).isEmpty();
        }
    }
}
