package io.towerlab.core.train;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where DJL unpacks the PyTorch natives it finds in the bundled natives jar. An installed TowerLab
 * keeps them in its own cache folder (not the global {@code ~/.djl.ai}), so that it starts offline,
 * can be removed cleanly and never shares half-extracted files with another DJL application.
 *
 * <p>DJL reads {@code ENGINE_CACHE_DIR} (natives only) and {@code DJL_CACHE_DIR} (models and
 * natives) as a system property or an environment variable, once, when the engine loads; a value the
 * user set in either place wins.
 */
public final class NativesCache {
    /** Read by DJL: the cache root for models and engines. */
    public static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";
    /** Read by DJL: the cache of engine natives only. */
    public static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";
    /** Set by the launchers jpackage builds: the path of the installed app's executable. */
    public static final String INSTALLED_APP_PROPERTY = "jpackage.app-path";

    private NativesCache() {
    }

    /**
     * In an installed app, points DJL's cache at the app's own cache folder and turns offline mode on,
     * unless the user chose a cache. Must run before the engine loads. Returns the folder it set.
     */
    public static Optional<Path> configureForInstalledApp() {
        if (System.getProperty(INSTALLED_APP_PROPERTY) == null) {
            return Optional.empty();
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        Path folder = Path.of(ProjectDirectories.from("io", "TowerLab", "TowerLab").cacheDir, "djl");
        Optional<Path> chosen = chosen(System.getenv(), System.getProperties(), folder);
        chosen.ifPresent(p -> System.setProperty(DJL_CACHE_DIR, p.toString()));
        return chosen;
    }

    /**
     * The cache folder to set: {@code appCache}, or empty when the user already set
     * {@link #DJL_CACHE_DIR} or {@link #ENGINE_CACHE_DIR} in the environment or as a property.
     */
    static Optional<Path> chosen(Map<String, String> env, Properties properties, Path appCache) {
        for (String name : new String[] {DJL_CACHE_DIR, ENGINE_CACHE_DIR}) {
            if (isSet(env.get(name)) || isSet(properties.getProperty(name))) {
                return Optional.empty();
            }
        }
        return Optional.of(appCache);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
