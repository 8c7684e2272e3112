package io.towerlab.ui.shell;

/** The main window's views, in navigation order (Ctrl+1 … Ctrl+5). */
public enum AppView {
    DATA("Data"), COMPOSE("Compose"), TRAIN("Train"), EXPERIMENTS("Experiments"), LAB("Lab");

    private final String title;

    AppView(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The view named by a start argument such as {@code train}, in any case, or DATA. */
    public static AppView parse(String name) {
        for (AppView view : values()) {
            if (view.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return view;
            }
        }
        return DATA;
    }
}
