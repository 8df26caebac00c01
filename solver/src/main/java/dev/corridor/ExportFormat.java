package dev.corridor;

import java.nio.file.Path;
import java.util.Locale;

/** The project file formats a plan is exported in, for the tools planners schedule in. */
public enum ExportFormat {
    /** MS Project XML (MSPDI), which MS Project and ProjectLibre open. */
    MSPDI,
    /** Primavera P6 XML (PMXML). */
    P6_XML,
    /** Primavera P6 XER. */
    XER;

    /** The format a file name asks for: XER for .xer, else MSPDI (an .xml is MS Project's unless asked otherwise). */
    public static ExportFormat of(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xer") ? XER : MSPDI;
    }
}
