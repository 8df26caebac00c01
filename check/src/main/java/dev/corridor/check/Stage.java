package dev.corridor.check;

import java.util.List;
import java.util.Map;

/**
 * A stage of the dataset: its modes (in the dataset's order), calendar, dates and predecessors, and
 * its progress at the data date (null if it has not started).
 */
record Stage(String id, String system, String calendar, Integer release, Integer deadline, Map<String, Mode> modes,
        List<Link> links, Progress progress) {
}
