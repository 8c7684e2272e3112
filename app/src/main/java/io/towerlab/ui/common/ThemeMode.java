package io.towerlab.ui.common;

/** The theme the user chose: light, dark, or whatever the operating system uses. */
public enum ThemeMode {
    LIGHT, DARK, SYSTEM;

    /** Whether this mode is dark, asking {@code systemIsDark} only for {@link #SYSTEM}. */
    public boolean isDark(boolean systemIsDark) {
        return this == DARK || this == SYSTEM && systemIsDark;
    }
}
