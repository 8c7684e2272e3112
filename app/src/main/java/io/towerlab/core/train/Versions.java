package io.towerlab.core.train;

import ai.djl.engine.Engine;
import java.util.LinkedHashMap;
import java.util.Map;

/** The versions a run records for reproducibility: app, DJL, engine, JVM and OS. */
public final class Versions {
    private Versions() {
    }

    public static Map<String, String> all() {
        Map<String, String> v = new LinkedHashMap<>();
        String app = Versions.class.getPackage().getImplementationVersion();
        v.put("towerlab", app == null ? "development build" : app);
        String djl = Engine.class.getPackage().getImplementationVersion();
        v.put("djl", djl == null ? "unknown" : djl);
        Engine engine = Engine.getInstance();
        v.put("engine", engine.getEngineName() + " " + engine.getVersion());
        v.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        return v;
    }
}
