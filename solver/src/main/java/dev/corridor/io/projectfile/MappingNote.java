package dev.corridor.io.projectfile;

/**
 * One thing in a project file that the dataset format cannot say, and what the import did instead.
 *
 * @param subject what it concerns, as the file names it: {@code activity "A1020"}, {@code calendar "Standard"}
 * @param issue what could not be mapped, and why
 * @param action what the dataset has instead
 */
public record MappingNote(String subject, String issue, String action) {

    /** The note as one plain sentence, for a warning line. */
    public String sentence() {
        return subject + ": " + issue + "; " + action + ".";
    }

    @Override
    public String toString() {
        return sentence();
    }
}
