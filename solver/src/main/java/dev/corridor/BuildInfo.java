package dev.corridor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions recorded at build time, so a plan and --version always say what made them. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    public static String timefoldVersion() {
        return PROPERTIES.getProperty("timefold", "unknown");
    }

    /** What made a plan, as its stats record it: "corridor 0.1.0, Timefold Solver 1.32.0". */
    public static String label() {
        return "corridor " + version() + ", Timefold Solver " + timefoldVersion();
    }

    private static Properties load() {
        var properties = new Properties();
        try (var in = BuildInfo.class.getResourceAsStream("/dev/corridor/corridor.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
