package dev.corridor.io;

import dev.corridor.io.projectfile.ProjectFileReader;
import dev.corridor.model.Project;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.ProjectJson;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens any dataset the tool reads, choosing the reader by the file's extension: PSPLIB instances
 * ({@code .sm}, {@code .mm}), Primavera and MS Project files ({@code .xer}, {@code .xml},
 * {@code .pmxml}, {@code .mpp}, {@code .mpx}; a corridor dataset is JSON, so an XML file is always a
 * project file), and dataset JSON for everything else.
 */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /**
     * The dataset in {@code file}. A project file's mapping report is dropped here; read it with
     * {@link ProjectFileReader#read(Path)} to see what the dataset leaves out.
     */
    public static Project read(Path file) throws InvalidInputException {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sm") || name.endsWith(".mm")) {
            return PsplibReader.read(file);
        }
        if (ProjectFileReader.reads(file)) {
            return ProjectFileReader.read(file).project();
        }
        return ProjectJson.read(file);
    }
}
