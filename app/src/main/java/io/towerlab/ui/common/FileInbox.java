package io.towerlab.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where every request to open files arrives, whatever its source (the launch's arguments, a second
 * launch, the desktop's open-file event on macOS), until the app is ready to take them: requests
 * made before the window exists are kept and handed over, in order, when the receiver is set.
 */
public final class FileInbox {
    private final List<List<Path>> pending = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    /** Hands {@code files} to the receiver, or keeps them until there is one. An empty list asks for the window. */
    public synchronized void deliver(List<Path> files) {
        if (receiver == null) {
            pending.add(List.copyOf(files));
        } else {
            receiver.accept(List.copyOf(files));
        }
    }

    /** Receives every request from now on, starting with those that arrived before. */
    public synchronized void setReceiver(Consumer<List<Path>> receiver) {
        this.receiver = receiver;
        pending.forEach(receiver);
        pending.clear();
    }
}
