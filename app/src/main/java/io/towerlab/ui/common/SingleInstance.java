package io.towerlab.ui.common;

import io.towerlab.core.store.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one running TowerLab per user: the first instance holds a lock file in the app's data folder
 * and listens on a loopback port written beside it with a random token; a second launch finds the
 * lock taken, sends its files (absolute paths, one per line, after the token) to that port and exits.
 * The running instance hands them to its receiver, on its own thread; a launch without files asks
 * it to come to the front (an empty list). When the lock holder is gone (the lock dies with its
 * process), the next launch simply becomes the running instance.
 */
public final class SingleInstance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final int TIMEOUT_MS = 3000;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final Consumer<List<Path>> receiver;
    private final Path portFile;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, String token,
                           Consumer<List<Path>> receiver, Path portFile) {
        this.portFile = portFile;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.receiver = receiver;
    }

    /**
     * Becomes the running instance if none holds the lock in {@code folder}, handing files that later
     * launches forward to {@code receiver} (on the listener thread); empty when another instance runs
     * (then {@link #forward} the files to it).
     */
    public static Optional<SingleInstance> claim(Path folder, Consumer<List<Path>> receiver) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve("instance.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path portFile = folder.resolve("instance.port");
        AtomicFiles.write(portFile, server.getLocalPort() + " " + token + "\n");
        SingleInstance instance = new SingleInstance(channel, lock, server, token, receiver, portFile);
        Thread listener = new Thread(instance::listen, "single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    /**
     * Sends {@code files} to the instance running from {@code folder}. Returns false when none
     * answered (it has just exited, or the port file is stale), so the caller starts normally.
     */
    public static boolean forward(Path folder, List<Path> files) {
        try {
            String[] portAndToken = Files.readString(folder.resolve("instance.port")).trim().split(" ");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(portAndToken[0])), TIMEOUT_MS);
                socket.setSoTimeout(TIMEOUT_MS);
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(portAndToken[1] + "\n");
                for (Path file : files) {
                    out.write(file.toAbsolutePath().normalize() + "\n");
                }
                out.write("\n");
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                return "ok".equals(in.readLine());
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("no running instance answered in {}: {}", folder, e.toString());
            return false;
        }
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                if (server.isClosed()) {
                    // close() returns before a blocked accept() ends, which can still take a connection:
                    // answer nothing, so that launch starts on its own
                    return;
                }
                socket.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                if (!token.equals(in.readLine())) {
                    continue;
                }
                List<Path> files = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    files.add(Path.of(line));
                }
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write("ok\n");
                out.flush();
                receiver.accept(List.copyOf(files));
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("ignoring a bad request from another launch: {}", e.toString());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        // withdraw the address first: a launch that reads it now finds nobody and starts on its own
        Files.deleteIfExists(portFile);
        server.close();
        lock.release();
        channel.close();
    }
}
