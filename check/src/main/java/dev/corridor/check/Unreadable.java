package dev.corridor.check;

/**
 * A dataset or plan the checker cannot read: not JSON, or a field missing or of the wrong kind.
 * Told in the file's terms: which file, which field (a JSON path), what is wrong.
 */
public final class Unreadable extends Exception {

    private final String source;
    private final String path;

    public Unreadable(String source, String path, String problem) {
        super(source + ": " + path + ": " + problem);
        this.source = source;
        this.path = path;
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }
}
