package dev.corridor.io;

import dev.corridor.model.Project;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.ProjectJson;
import java.nio.file.Path;
import java.util.Locale;

/** Opens any dataset the tool reads, choosing the reader by the file's extension. */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    public static Project read(Path file) throws InvalidInputException {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sm") || name.endsWith(".mm")) {
            return PsplibReader.read(file);
        }
        return ProjectJson.read(file);
    }
}
