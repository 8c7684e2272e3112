package io.towerlab.ui.shell;

import io.towerlab.ui.common.ThemeMode;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every command with its shortcut, so the keyboard is discoverable. */
final class AppMenus {
    /** The actions the menus need that only the window can perform (dialogs, folders, quitting). */
    interface Actions {
        void openDataset();

        void openLogFolder();

        void about();

        void quit();
    }

    private AppMenus() {
    }

    static MenuBar build(ShellViewModel model, Actions actions) {
        Menu recent = new Menu("Recent datasets");
        Consumer<Void> fillRecent = v -> {
            recent.getItems().clear();
            for (Path p : model.recentDatasets()) {
                MenuItem item = new MenuItem(p.getFileName() + "   (" + p + ")");
                item.setOnAction(e -> model.openDataset(p));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentDatasets().addListener((ListChangeListener<Path>) c -> fillRecent.accept(null));
        fillRecent.accept(null);
        Menu file = new Menu("File", null,
                item("Open dataset…", "Shortcut+O", actions::openDataset), recent, new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", actions::quit));
        Menu run = new Menu("Run", null,
                item("Train", "Shortcut+Enter", () -> {
                    model.viewProperty().set(AppView.TRAIN);
                    model.train().start();
                }),
                item("Cancel run", "Shortcut+Period", () -> model.train().cancelSelected()));
        javafx.scene.control.CheckMenuItem fallback = new javafx.scene.control.CheckMenuItem(
                "Train on the CPU when the GPU cannot be used");
        fallback.setSelected(model.settings().cpuFallback());
        fallback.setOnAction(e -> model.setCpuFallback(fallback.isSelected()));
        run.getItems().addAll(new SeparatorMenuItem(), fallback);
        Menu view = new Menu("View");
        for (AppView v : AppView.values()) {
            view.getItems().add(item(v.title(), "Shortcut+" + (v.ordinal() + 1), () -> model.viewProperty().set(v)));
        }
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (ThemeMode mode : ThemeMode.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (mode) {
                case LIGHT -> "Light theme";
                case DARK -> "Dark theme";
                case SYSTEM -> "Theme as the system";
            });
            item.setToggleGroup(themes);
            item.setSelected(model.themeProperty().get() == mode);
            item.setOnAction(e -> model.setTheme(mode));
            view.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(), item("Zoom in", "Shortcut+Plus", model::zoomIn),
                item("Zoom out", "Shortcut+Minus", model::zoomOut), item("Reset zoom", "Shortcut+0", model::resetZoom));
        Menu help = new Menu("Help", null, item("Open log folder", null, actions::openLogFolder),
                item("About TowerLab", null, actions::about));
        return new MenuBar(file, run, view, help);
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
