package dev.corridor;

import dev.corridor.generate.SyntheticCorridor;
import dev.corridor.io.DatasetFiles;
import dev.corridor.io.projectfile.ProjectFileReader;
import dev.corridor.model.Project;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.ProgressAsPlanned;
import dev.corridor.model.io.InvalidInputException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Datasets in and out of the library: read from any file the tool reads (dataset JSON, PSPLIB
 * instances, Primavera and MS Project files), or generated for scaling tests.
 */
public final class Datasets {

    private Datasets() {
    }

    /** The dataset in {@code file}, chosen by its extension; fully validated. */
    public static Project read(Path file) throws InvalidInputException {
        return DatasetFiles.read(file);
    }

    /**
     * The dataset in {@code file}; for a project file, each thing it holds that the dataset cannot (a
     * holiday, a resource calendar, progress) goes to {@code warnings} as a sentence.
     */
    public static Project read(Path file, Consumer<String> warnings) throws InvalidInputException {
        return DatasetFiles.read(file, warnings);
    }

    /** True when {@code file} is a dataset in corridor's own JSON, not a PSPLIB instance or a project file. */
    public static boolean isDatasetJson(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".sm") && !name.endsWith(".mm") && !ProjectFileReader.reads(file);
    }

    /**
     * The dataset in {@code file} (corridor's JSON, read as {@code project}) with progress recorded as
     * {@code plan} planned it up to {@code dataDate} (see {@link ProgressAsPlanned}), as the text of a
     * dataset file; everything else in the file is kept as it was.
     *
     * @throws IllegalArgumentException if the data date is not after the current one and within the horizon
     */
    public static String withProgressAsPlanned(Path file, Project project, Plan plan, int dataDate)
            throws InvalidInputException {
        var progress = ProgressAsPlanned.of(project, plan, dataDate);
        return ProjectJson.withProgress(file.toString(), ProjectJson.readText(file), dataDate, progress);
    }

    /** A synthetic corridor of {@code stages} stages with every feature of the format; the same seed, the same dataset. */
    public static Project generate(int stages, long seed) {
        return SyntheticCorridor.generate(stages, seed);
    }
}
