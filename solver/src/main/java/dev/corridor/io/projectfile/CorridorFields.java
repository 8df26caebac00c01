package dev.corridor.io.projectfile;

import org.mpxj.FieldType;
import org.mpxj.FieldTypeClass;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceField;
import org.mpxj.Task;
import org.mpxj.TaskField;

/**
 * The custom fields an export carries corridor's own ids in, so that a file written by
 * {@link PlanWriter} reads back as the same dataset. MS Project shows them under their aliases.
 * They are looked up by alias, not by field number, so a user who moves them to other fields in
 * MS Project does not lose them; files from elsewhere simply lack them.
 */
enum CorridorFields {

    STAGE(TaskField.TEXT1, "Corridor stage"),
    MODE(TaskField.TEXT2, "Corridor mode"),
    SYSTEM(TaskField.TEXT3, "Corridor system"),
    RESOURCE(ResourceField.TEXT1, "Corridor resource"),
    /** A non-renewable resource's stock for the whole project; MS Project has no such field of its own. */
    STOCK(ResourceField.NUMBER1, "Corridor stock");

    private final FieldType field;
    private final String alias;

    CorridorFields(FieldType field, String alias) {
        this.field = field;
        this.alias = alias;
    }

    /** Names the fields in {@code file} so that MS Project shows them by their aliases. */
    static void declare(ProjectFile file) {
        for (var custom : values()) {
            file.getCustomFields().getOrCreate(custom.field).setAlias(custom.alias);
        }
    }

    void set(Task task, Object value) {
        task.set(field, value);
    }

    void set(Resource resource, Object value) {
        resource.set(field, value);
    }

    /** The text in this field of {@code task}, or null when the file has no such field or the task leaves it empty. */
    String text(ProjectFile file, Task task) {
        var type = file.getCustomFields().getFieldTypeByAlias(FieldTypeClass.TASK, alias);
        return type == null ? null : blankToNull(task.get(type));
    }

    String text(ProjectFile file, Resource resource) {
        var type = file.getCustomFields().getFieldTypeByAlias(FieldTypeClass.RESOURCE, alias);
        return type == null ? null : blankToNull(resource.get(type));
    }

    Number number(ProjectFile file, Resource resource) {
        var type = file.getCustomFields().getFieldTypeByAlias(FieldTypeClass.RESOURCE, alias);
        return type == null || !(resource.get(type) instanceof Number number) ? null : number;
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
