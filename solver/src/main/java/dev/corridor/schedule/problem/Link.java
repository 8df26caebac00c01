package dev.corridor.schedule.problem;

import dev.corridor.model.LinkType;

/**
 * A precedence link between two stages, by index, with its type and lag: the successor's start (FS,
 * SS) or finish (FF, SF) comes no earlier than the predecessor's finish (FS, FF) or start (SS, SF)
 * plus the lag. Every question the scheduler asks of a link is answered here, from the type's two
 * anchors, so no other place needs to know what FS, SS, FF and SF mean.
 */
public record Link(int predecessor, int successor, LinkType type, int lag) {

    /** The earliest the successor's anchor may be, given the predecessor's start and finish. */
    public int bound(int beforeStart, int beforeFinish) {
        return (type.fromFinish() ? beforeFinish : beforeStart) + lag;
    }

    /**
     * The earliest start this link allows its successor, given where the predecessor is: the successor
     * works {@code duration} periods by {@code calendar} (which matters for the finish-anchored types).
     */
    public int earliestStart(int beforeStart, int beforeFinish, WorkCalendar calendar, int duration) {
        int bound = bound(beforeStart, beforeFinish);
        return type.toFinish() ? calendar.earliestStartFinishingBy(0, duration, bound) : bound;
    }

    /**
     * By how many periods the successor's placement breaks this link (0 when it holds). For a successor
     * in progress at the data date, the link holds its remaining work: the start it bounds is the resume.
     */
    public int violation(Placement before, Placement after) {
        return Math.max(0, bound(before.start(), before.finish()) - (type.toFinish() ? after.finish() : after.resume()));
    }

    /**
     * The latest finish this link allows its predecessor, given where the successor is and the
     * predecessor's span from start to finish.
     */
    public int latestFinish(int afterStart, int afterFinish, int beforeSpan) {
        return (type.toFinish() ? afterFinish : afterStart) - lag + (type.fromFinish() ? 0 : beforeSpan);
    }

    /** The least distance from the predecessor's start to the successor's start, for the given spans. */
    public long startToStart(long beforeSpan, long afterSpan) {
        return (type.fromFinish() ? beforeSpan : 0) + lag - (type.toFinish() ? afterSpan : 0);
    }
}
