package io.towerlab.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the whole desktop app for headless tests, and reads its state on the FX thread. */
public final class TestApps {

    private TestApps() {
    }

    /** Starts the app with its settings in this file (written before, or created with defaults). */
    public static TowerLabApp start(Path settingsFile) throws Exception {
        System.setProperty("towerlab.settings", settingsFile.toString());
        FxToolkit.registerPrimaryStage();
        return (TowerLabApp) FxToolkit.setupApplication(TowerLabApp.class);
    }

    public static void stop(TowerLabApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty("towerlab.settings");
    }

    /** The value read on the FX thread. */
    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the condition, checked on the FX thread, holds. */
    public static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
    }
}
