package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NativesCacheTest {
    private final Path appCache = Path.of("app-cache", "djl");

    @Test
    void usesTheAppsOwnCacheWhenTheUserChoseNone() {
        assertThat(NativesCache.chosen(Map.of(), new Properties(), appCache)).contains(appCache);
    }

    @Test
    void leavesACacheChosenInTheEnvironmentAlone() {
        assertThat(NativesCache.chosen(Map.of("DJL_CACHE_DIR", "/data/djl"), new Properties(), appCache)).isEmpty();
        assertThat(NativesCache.chosen(Map.of("ENGINE_CACHE_DIR", "/data/engines"), new Properties(), appCache))
                .isEmpty();
    }

    @Test
    void leavesACacheChosenAsAPropertyAlone() {
        Properties properties = new Properties();
        properties.setProperty("ENGINE_CACHE_DIR", "/data/engines");
        assertThat(NativesCache.chosen(Map.of(), properties, appCache)).isEmpty();
    }

    @Test
    void ignoresBlankValues() {
        assertThat(NativesCache.chosen(Map.of("DJL_CACHE_DIR", " "), new Properties(), appCache)).contains(appCache);
    }
}
