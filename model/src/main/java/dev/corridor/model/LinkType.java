package dev.corridor.model;

/**
 * The four precedence relations. With lag L between predecessor a and successor b:
 * FS start(b) ≥ finish(a)+L, SS start(b) ≥ start(a)+L, FF finish(b) ≥ finish(a)+L,
 * SF finish(b) ≥ start(a)+L.
 */
public enum LinkType {
    FS(true, false),
    SS(false, false),
    FF(true, true),
    SF(false, true);

    private final boolean fromFinish;
    private final boolean toFinish;

    LinkType(boolean fromFinish, boolean toFinish) {
        this.fromFinish = fromFinish;
        this.toFinish = toFinish;
    }

    /** True when the link hangs from the predecessor's finish (FS, FF); false from its start (SS, SF). */
    public boolean fromFinish() {
        return fromFinish;
    }

    /** True when the link binds the successor's finish (FF, SF); false its start (FS, SS). */
    public boolean toFinish() {
        return toFinish;
    }
}
