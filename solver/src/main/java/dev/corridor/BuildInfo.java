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
