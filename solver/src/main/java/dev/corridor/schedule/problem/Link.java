package dev.corridor.schedule.problem;

import dev.corridor.model.LinkType;

/** A precedence link between two stages, by index, with its type and lag. */
public record Link(int predecessor, int successor, LinkType type, int lag) {

    /**
     * The earliest start this link allows its successor, given where the predecessor is: the successor
     * works {@code duration} periods by {@code calendar} (which matters for the finish-anchored types).
     */
    public int earliestStart(int beforeStart, int beforeFinish, WorkCalendar calendar, int duration) {
        return switch (type) {
            case FS -> beforeFinish + lag;
            case SS -> beforeStart + lag;
            case FF -> calendar.earliestStartFinishingBy(0, duration, beforeFinish + lag);
            case SF -> calendar.earliestStartFinishingBy(0, duration, beforeStart + lag);
        };
    }

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
