package io.towerlab.ui.shell;

/** What the main window asks of the application: things only it can do. */
public interface WindowActions {
    void openLogFolder();

    void about();

    void quit();
}
