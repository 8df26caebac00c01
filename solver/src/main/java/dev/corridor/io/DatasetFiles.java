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

    /** The dataset in {@code file}; what a project file loses on the way is not reported. */
    public static Project read(Path file) throws InvalidInputException {
        return read(file, warning -> {
        });
    }

    /**
     * The dataset in {@code file}; for a project file, each thing it holds that the dataset cannot
     * (a holiday, a resource calendar, progress) goes to {@code warnings} as a sentence.
     */
    public static Project read(Path file, java.util.function.Consumer<String> warnings) throws InvalidInputException {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sm") || name.endsWith(".mm")) {
            return PsplibReader.read(file);
        }
        if (ProjectFileReader.reads(file)) {
            var imported = ProjectFileReader.read(file);
            imported.notes().forEach(note -> warnings.accept(note.sentence()));
            return imported.project();
        }
        return ProjectJson.read(file);
    }
}
