package dev.corridor.cli;

import java.io.IOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the build, so --version never drifts from the pom. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        var properties = new Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/dev/corridor/corridor.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
                "corridor " + properties.getProperty("version", "unknown"),
                "Timefold Solver " + properties.getProperty("timefold", "unknown") + ", Java " + Runtime.version()
        };
    }
}
