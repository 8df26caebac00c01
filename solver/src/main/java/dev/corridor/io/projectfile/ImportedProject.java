package dev.corridor.io.projectfile;

import dev.corridor.model.Project;
import java.util.List;

/** A project file read as a dataset, with the mapping report: everything it holds that the dataset leaves out or changes. */
public record ImportedProject(Project project, List<MappingNote> notes) {

    public ImportedProject {
        notes = List.copyOf(notes);
    }
}
