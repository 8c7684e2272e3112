package io.towerlab.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Detects whether the operating system prefers a dark theme. JavaFX 21 on Java 17 has no API for
 * it, so this asks each platform's own setting once at start: GNOME's {@code color-scheme} (then
 * {@code GTK_THEME}), the Windows registry value {@code AppsUseLightTheme}, macOS's
 * {@code AppleInterfaceStyle}. Anything that fails or times out means light.
 */
public final class SystemTheme {
    private SystemTheme() {
    }

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String out = run(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
            return out.contains("0x0");
        }
        if (os.contains("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT).contains("dark");
        }
        return isDarkGnome(run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")),
                System.getenv());
    }

    static boolean isDarkGnome(String colorScheme, Map<String, String> env) {
        if (colorScheme.contains("prefer-dark")) {
            return true;
        }
        return env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "";
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
