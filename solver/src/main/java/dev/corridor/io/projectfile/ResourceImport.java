package dev.corridor.io.projectfile;

import dev.corridor.model.CapacityChange;
import dev.corridor.model.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mpxj.Availability;
import org.mpxj.AvailabilityTable;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceType;

/**
 * Turns a project file's resource into a dataset resource: work resources (people, crews,
 * equipment) become renewable resources whose capacity is their availability over time (or their
 * max units), material resources become stocks. Units in the file are percentages: 100 % is one unit.
 */
final class ResourceImport {

    private final ProjectFile file;
    private final PeriodGrid grid;
    private final int horizon;

    ResourceImport(ProjectFile file, PeriodGrid grid, int horizon) {
        this.file = file;
        this.grid = grid;
        this.horizon = horizon;
    }

    /** A resource as read, before its capacity is checked against what the stages ask of it. */
    record Imported(String id, String name, ResourceKind kind, int capacity, List<CapacityChange> changes) {

        int most() {
            return changes.stream().mapToInt(CapacityChange::capacity).reduce(capacity, Math::max);
        }

        dev.corridor.model.Resource toResource() {
            return new dev.corridor.model.Resource(id, name, capacity, changes, kind);
        }

        /** The same resource with at least {@code units} in every period, for a demand the file over-allocates. */
        Imported raisedTo(int units) {
            return new Imported(id, name, kind, Math.max(capacity, units),
                    changes.stream().map(c -> new CapacityChange(c.from(), Math.max(c.capacity(), units))).toList());
        }
    }

    /** True for the resources a dataset can hold: work and material, not cost resources. */
    static boolean isMapped(Resource resource) {
        return resource.getType() != ResourceType.COST;
    }

    Imported toResource(Resource source, String id, List<MappingNote> notes) {
        var name = source.getName() == null || source.getName().isBlank() ? id : source.getName();
        var subject = "resource \"" + id + "\"";
        if (source.getType() == ResourceType.MATERIAL) {
            var stock = CorridorFields.STOCK.number(file, source);
            return new Imported(id, name, ResourceKind.NONRENEWABLE, stock == null ? 0 : stock.intValue(), List.of());
        }
        var availability = source.getAvailability();
        if (availability == null || availability.isEmpty()) {
            var maxUnits = source.getMaxUnits();
            double units = maxUnits == null ? 1 : maxUnits.doubleValue() / 100;
            return new Imported(id, name, ResourceKind.RENEWABLE, wholeUnits(units, subject, "its max units", notes), List.of());
        }
        // Outside every availability range a resource has nothing; look at where each range begins and ends.
        var boundaries = new TreeSet<Integer>();
        boundaries.add(0);
        for (var entry : availability) {
            boundaries.add(Math.max(0, grid.periodOf(entry.getRange().getStart())));
            var end = entry.getRange().getEnd();
            if (!runsOn(end) && grid.periodOf(end) < horizon) {
                boundaries.add(Math.max(0, grid.periodAfter(end)));
            }
        }
        int capacity = 0;
        var changes = new ArrayList<CapacityChange>();
        for (int period : boundaries) {
            if (period >= horizon) {
                break;
            }
            int units = wholeUnits(unitsAt(availability, period), subject, "its availability from " + grid.dateOf(period), notes);
            if (period == 0) {
                capacity = units;
            } else if (units != (changes.isEmpty() ? capacity : changes.get(changes.size() - 1).capacity())) {
                changes.add(new CapacityChange(period, units));
            }
        }
        return new Imported(id, name, ResourceKind.RENEWABLE, capacity, changes);
    }

    private double unitsAt(List<Availability> availability, int period) {
        var instant = grid.dateOf(period).atTime(PeriodGrid.WORK_START);
        for (var entry : availability) {
            var range = entry.getRange();
            if (!range.getStart().isAfter(instant) && (runsOn(range.getEnd()) || !range.getEnd().isBefore(instant))) {
                return entry.getUnits() == null ? 0 : entry.getUnits().doubleValue() / 100;
            }
        }
        return 0;
    }

    /**
     * True for an availability without an end. MS Project writes that as its last date, 2049-12-31,
     * which a long dataset outlives: the capacity must not drop to nothing there.
     */
    private static boolean runsOn(java.time.LocalDateTime end) {
        return end == null || !end.toLocalDate().isBefore(AvailabilityTable.END_DATE_NA.toLocalDate());
    }

    /** Units as a whole number, rounded up where the file has a fraction (half-time staff, say). */
    static int wholeUnits(double units, String subject, String what, List<MappingNote> notes) {
        int whole = (int) Math.ceil(units - 1e-9);
        if (Math.abs(whole - units) > 1e-9) {
            notes.add(new MappingNote(subject, what + " is " + trim(units) + " units, but a dataset counts whole units",
                    "rounded up to " + whole));
        }
        return Math.max(0, whole);
    }

    static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(Math.round(value * 1000) / 1000.0);
    }
}
