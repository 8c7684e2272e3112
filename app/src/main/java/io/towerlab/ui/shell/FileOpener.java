package io.towerlab.ui.shell;

import io.towerlab.core.store.RunBundle;
import io.towerlab.ui.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one dispatcher for files the app is asked to open, whichever way they arrive (arguments on
 * Linux and Windows, the desktop's open-file event on macOS, a second launch, drag and drop):
 * datasets go to Data, specs to Train, run bundles are imported into the store and shown in
 * Experiments, lessons and saved lesson states go to the Lab. {@link #handle} replaces a handler.
 */
public final class FileOpener {
    private final ShellViewModel shell;
    private final Map<FileKind, Consumer<Path>> handlers = new EnumMap<>(FileKind.class);

    FileOpener(ShellViewModel shell) {
        this.shell = shell;
        handlers.put(FileKind.DATASET, shell::openDataset);
        handlers.put(FileKind.SPEC, this::openSpec);
        handlers.put(FileKind.BUNDLE, this::importBundle);
        handlers.put(FileKind.LESSON, this::openLesson);
    }

    /** Makes {@code handler} open the files of {@code kind} (e.g. the Lab view for lessons). */
    public void handle(FileKind kind, Consumer<Path> handler) {
        handlers.put(kind, handler);
    }

    /** Opens each path in turn; problems are reported in the error banner, never thrown. */
    public void open(List<Path> paths) {
        for (Path path : paths) {
            open(path.toAbsolutePath().normalize());
        }
    }

    private void open(Path path) {
        if (!Files.exists(path)) {
            shell.report(new UserError("Opening " + path.getFileName() + " failed", "There is no file or folder "
                    + path + ". It may have been moved or deleted since it was chosen.", path.toString()));
            return;
        }
        FileKind kind = FileKind.of(path);
        Consumer<Path> handler = handlers.get(kind);
        if (handler != null) {
            handler.accept(path);
        } else {
            shell.report(new UserError("TowerLab cannot open " + path.getFileName(), "TowerLab opens click logs"
                    + " (.csv, .tsv, a dataset folder or dataset.json), experiment specs (.json), run bundles ("
                    + FileKind.BUNDLE_EXTENSION + " or .zip) and lessons (" + FileKind.LESSON_EXTENSION + ").",
                    path.toString()));
        }
    }

    private void openSpec(Path spec) {
        shell.train().addSpec(spec);
        shell.viewProperty().set(AppView.TRAIN);
    }

    private void openLesson(Path lesson) {
        shell.viewProperty().set(AppView.LAB);
        shell.lab().open(lesson);
    }

    private void importBundle(Path bundle) {
        shell.tasks().submit("Importing " + bundle.getFileName(), context -> RunBundle.importInto(shell.store(), bundle),
                run -> {
                    shell.viewProperty().set(AppView.EXPERIMENTS);
                    shell.experiments().refresh();
                    shell.announce("imported run " + run.id() + " from " + bundle.getFileName());
                },
                e -> shell.report(UserError.of("Importing the run bundle " + bundle, e)));
    }
}
