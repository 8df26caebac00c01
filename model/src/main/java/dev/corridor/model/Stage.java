package dev.corridor.model;

import java.util.List;

/**
 * A unit of construction work that runs once, in one of its modes. With a calendar it works only in
 * open periods and pauses, holding no crews and spending nothing, in closed ones.
 *
 * @param release the earliest period it may start, or null
 * @param deadline the period by which it must have finished, or null
 * @param actual its progress by the project's data date, or null if it has not started
 */
public record Stage(String id, String name, CorridorSystem system, String calendar, Integer release,
        Integer deadline, List<Mode> modes, List<Predecessor> predecessors, Actual actual) {

    /** A stage without progress. */
    public Stage(String id, String name, CorridorSystem system, String calendar, Integer release,
            Integer deadline, List<Mode> modes, List<Predecessor> predecessors) {
        this(id, name, system, calendar, release, deadline, modes, predecessors, null);
    }

    public Stage {
        system = system == null ? CorridorSystem.SHARED : system;
        modes = modes == null ? List.of() : List.copyOf(modes);
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    /** This stage with progress recorded (or none, for null). */
    public Stage withActual(Actual progress) {
        return new Stage(id, name, system, calendar, release, deadline, modes, predecessors, progress);
    }

    public Mode mode(String modeId) {
        for (Mode mode : modes) {
            if (mode.id().equals(modeId)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Stage \"" + id + "\" has no mode \"" + modeId + "\".");
    }
}
