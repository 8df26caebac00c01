package dev.corridor.schedule;

import dev.corridor.model.LinkType;

/** A precedence link between two stages, by index, with its type and lag. */
public record Link(int predecessor, int successor, LinkType type, int lag) {

    /** By how many periods the successor's placement breaks this link (0 when it holds). */
    public int violation(Placement before, Placement after) {
        int required = switch (type) {
            case FS -> before.finish() + lag - after.start();
            case SS -> before.start() + lag - after.start();
            case FF -> before.finish() + lag - after.finish();
            case SF -> before.start() + lag - after.finish();
        };
        return Math.max(0, required);
    }
}
