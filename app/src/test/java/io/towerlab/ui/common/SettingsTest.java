package io.towerlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void recentDatasetsPutTheLatestFirstWithoutDuplicatesAndCapped() throws Exception {
        Settings s = Settings.defaults();
        for (int i = 0; i < Settings.MAX_RECENT + 3; i++) {
            s = s.withRecent(Files.createDirectories(dir.resolve("d" + i)));
        }
        s = s.withRecent(dir.resolve("d5"));
        assertThat(s.recentDatasets()).hasSize(Settings.MAX_RECENT).doesNotHaveDuplicates();
        assertThat(s.recentDatasets().get(0)).endsWith("d5");
        assertThat(s.recentDatasets().get(1)).endsWith("d" + (Settings.MAX_RECENT + 2));
    }

    @Test
    void savedSettingsComeBackWithMissingDatasetsPruned() throws Exception {
        Path kept = Files.createDirectories(dir.resolve("kept"));
        Path gone = Files.createDirectories(dir.resolve("gone"));
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.json"));
        store.save(Settings.defaults().withTheme(ThemeMode.DARK).withZoom(1.4).withRecent(gone).withRecent(kept));
        Files.delete(gone);

        Settings loaded = store.load();

        assertThat(loaded.theme()).isEqualTo(ThemeMode.DARK);
        assertThat(loaded.zoom()).isEqualTo(1.4);
        assertThat(loaded.recentDatasets()).containsExactly(kept.toAbsolutePath().normalize().toString());
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void zoomIsClampedToAUsableRange() {
        assertThat(Settings.defaults().withZoom(9).zoom()).isEqualTo(Settings.MAX_ZOOM);
        assertThat(Settings.defaults().withZoom(0.1).zoom()).isEqualTo(Settings.MIN_ZOOM);
    }

    @Test
    void systemThemeFollowsGnomeColorSchemeThenGtkTheme() {
        assertThat(SystemTheme.isDarkGnome("'prefer-dark'\n", java.util.Map.of())).isTrue();
        assertThat(SystemTheme.isDarkGnome("'default'", java.util.Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(SystemTheme.isDarkGnome("", java.util.Map.of())).isFalse();
        assertThat(ThemeMode.SYSTEM.isDark(true)).isTrue();
        assertThat(ThemeMode.LIGHT.isDark(true)).isFalse();
    }
}
