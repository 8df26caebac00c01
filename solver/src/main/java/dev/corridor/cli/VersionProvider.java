package dev.corridor.cli;

import dev.corridor.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version from the build, so --version never drifts from the pom. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
                "corridor " + BuildInfo.version(),
                "Timefold Solver " + BuildInfo.timefoldVersion() + ", Java " + Runtime.version()
        };
    }
}
