package dev.corridor.io.projectfile;

import dev.corridor.model.Calendar;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.Stage;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.ProjectJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mpxj.ActivityType;
import org.mpxj.MPXJException;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads a Primavera P6 (XER, P6 XML) or MS Project (MSPDI XML, MPP) file as a dataset, through
 * MPXJ. Activities (tasks without subtasks) become stages with one mode: their duration, their
 * cost and their resource assignments. Summary tasks and the WBS become nothing: their links pass
 * to the activities under them, and a stage is named after its activity alone. Links keep their
 * type and their lag in periods; calendars become repeating cycles; start-no-earlier-than
 * constraints become releases, and finish-no-later-than constraints and deadlines become deadlines.
 * Whatever the dataset cannot say is listed in the mapping report.
 */
public final class ProjectFileReader {

    /** The mode an imported stage runs in: a project file has one way to do each activity. */
    static final String MODE = "planned";

    /** The longest horizon a dataset may have (as for dataset files). */
    private static final int MAX_PERIOD = 100_000;

    private static final Set<String> EXTENSIONS = Set.of("xer", "xml", "pmxml", "mpp", "mpx");

    private final String source;
    private final ProjectFile file;
    private final List<MappingNote> notes = new ArrayList<>();
    private final Map<Task, String> stageIds = new LinkedHashMap<>();
    private final Map<String, Double> durations = new HashMap<>();
    private PeriodGrid grid;
    private ProgressImport progress;

    /** The stage id each activity became. */
    Map<Task, String> stageIds() {
        return stageIds;
    }

    /** Each stage's duration in periods, before rounding. */
    Map<String, Double> durations() {
        return durations;
    }

    PeriodGrid grid() {
        return grid;
    }

    void note(MappingNote note) {
        notes.add(note);
    }

    private ProjectFileReader(String source, ProjectFile file) {
        this.source = source;
        this.file = file;
    }

    /** True for the extensions this reader takes; a corridor dataset is JSON, so any .xml is a project file. */
    public static boolean reads(Path path) {
        var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    public static ImportedProject read(Path path) throws InvalidInputException {
        var source = path.toString();
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(source, "file", "is a directory; give the path of a project file.");
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException(source, "file", "does not exist; check the path.");
        }
        List<ProjectFile> projects;
        try {
            projects = new UniversalProjectReader().readAll(path.toFile());
        } catch (MPXJException | RuntimeException e) {
            // MPXJ reports a damaged file in many ways, some of them unchecked; all mean the same to the user.
            throw unreadable(source, e.getMessage());
        } catch (NoClassDefFoundError e) {
            // The database drivers are left out of corridor: such a file was recognised but cannot be opened.
            throw new InvalidInputException(source, "file", "is a project database, which corridor does not read. "
                    + "Export the project from P6 as XER or P6 XML, or from MS Project as XML.");
        }
        if (projects == null || projects.isEmpty()) {
            throw unreadable(source, "the format is not recognised");
        }
        var name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        var reader = new ProjectFileReader(source, projects.get(0));
        if (projects.size() > 1) {
            reader.notes.add(new MappingNote("the file", "holds " + projects.size() + " projects",
                    "only the first, \"" + reader.projectName(name) + "\", was read"));
        }
        return reader.convert(name);
    }

    /** Reads an MPXJ project already in memory; {@code source} names it in messages. */
    public static ImportedProject convert(String source, String fallbackName, ProjectFile file) throws InvalidInputException {
        return new ProjectFileReader(source, file).convert(fallbackName);
    }

    private static InvalidInputException unreadable(String source, String reason) {
        // MPXJ passes on what failed inside it (a Java exception's text) where a file is damaged: not the user's words.
        boolean internal = reason != null && (reason.contains("Exception") || reason.contains("java.")
                || reason.contains("Cannot invoke"));
        return new InvalidInputException(source, "file", "cannot be read as a Primavera P6 (XER, P6 XML) or MS Project "
                + "(XML, MPP) file: " + (reason == null || reason.isBlank() || internal
                        ? "it is damaged or of another kind" : reason)
                + ". Export it again from P6 or MS Project, or check that it is the right file.");
    }

    private ImportedProject convert(String fallbackName) throws InvalidInputException {
        var activities = activities();
        if (activities.isEmpty()) {
            throw new InvalidInputException(source, "file", "holds no activities to plan (only summary tasks or "
                    + "WBS nodes, or nothing). Export a project that has activities.");
        }
        var start = file.getProjectProperties().getStartDate();
        if (start == null) {
            start = activities.stream().map(Task::getStart).filter(java.util.Objects::nonNull)
                    .min(LocalDateTime::compareTo).orElse(null);
        }
        if (start == null) {
            throw new InvalidInputException(source, "file", "has no project start date and no activity dates. "
                    + "Give the project a start date and export it again.");
        }
        grid = new PeriodGrid(periodUnit(activities), start.toLocalDate());
        for (var task : activities) {
            stageIds.put(task, uniqueId(stageIds.values(), stageId(task)));
            durations.put(stageIds.get(task), grid.periods(duration(task), defaults(task)));
        }

        int span = span(activities);
        var calendars = calendars(activities, span);
        int horizon = horizon(activities, calendars.values(), span);
        var resources = resources(horizon);

        progress = ProgressImport.of(this, file, activities);
        if (progress.dataDate() != null && progress.dataDate() > horizon) {
            horizon = progress.dataDate();
        }
        var stages = new ArrayList<Stage>();
        for (var task : activities) {
            stages.add(stage(task, calendars, resources));
        }
        var checked = capacitiesThatMeet(stages, resources);
        var project = new Project(Project.SCHEMA_VERSION, projectName(fallbackName), grid.unit(), grid.start(), horizon,
                currency(), null, checked, calendars.values().stream().filter(java.util.Objects::nonNull).distinct().toList(),
                List.of(), stages, List.of(), List.of(), null, progress.dataDate(), null);
        // The dataset passes the same checks as a dataset file, so it can be written and read back as one.
        return new ImportedProject(ProjectJson.parse(source, JsonFiles.toJson(project)), notes);
    }

    // ---------------------------------------------------------------- activities and stages

    /** The tasks that are activities: not summaries or WBS nodes, not blank rows, not the project's own summary. */
    private List<Task> activities() {
        var activities = new ArrayList<Task>();
        for (var task : file.getTasks()) {
            if (task.getNull() || task.hasChildTasks() || task.getSummary()
                    || (task.getOutlineLevel() != null && task.getOutlineLevel() == 0)) {
                continue;
            }
            var subject = subject(task);
            if (task.getExternalTask()) {
                notes.add(new MappingNote(subject, "belongs to another project", "it is left out"));
            } else if (!task.getActive()) {
                notes.add(new MappingNote(subject, "is inactive", "it is left out"));
            } else {
                activities.add(task);
            }
        }
        return activities;
    }

    /**
     * Days for the usual file. A file whose activities are all measured in months (or weeks), such
     * as one corridor exported from a monthly dataset, keeps that unit.
     */
    private static PeriodUnit periodUnit(List<Task> activities) {
        var units = new HashSet<TimeUnit>();
        for (var task : activities) {
            var duration = duration(task);
            if (duration != null) {
                units.add(duration.getUnits());
            }
        }
        if (!units.isEmpty() && Set.of(TimeUnit.MONTHS, TimeUnit.ELAPSED_MONTHS).containsAll(units)) {
            return PeriodUnit.MONTH;
        }
        if (!units.isEmpty() && Set.of(TimeUnit.WEEKS, TimeUnit.ELAPSED_WEEKS).containsAll(units)) {
            return PeriodUnit.WEEK;
        }
        return PeriodUnit.DAY;
    }

    private static org.mpxj.Duration duration(Task task) {
        return task.getDuration() != null ? task.getDuration() : task.getPlannedDuration();
    }

    /** The hours per day, week and month to count an activity's working time in: its calendar's, else the project's. */
    org.mpxj.TimeUnitDefaultsContainer defaults(Task task) {
        var calendar = calendarOf(task);
        return calendar != null ? calendar : file.getProjectProperties();
    }

    /** Corridor's own id when the file came from corridor, else the activity id (P6), else the unique id. */
    private String stageId(Task task) {
        var own = CorridorFields.STAGE.text(file, task);
        if (own != null) {
            return own;
        }
        if (task.getActivityID() != null && !task.getActivityID().isBlank()) {
            return task.getActivityID().trim();
        }
        return "task-" + task.getUniqueID();
    }

    private String uniqueId(java.util.Collection<String> taken, String id) {
        if (!taken.contains(id)) {
            return id;
        }
        int n = 2;
        while (taken.contains(id + "-" + n)) {
            n++;
        }
        notes.add(new MappingNote("activity \"" + id + "\"", "shares its id with another activity",
                "this one is \"" + id + "-" + n + "\""));
        return id + "-" + n;
    }

    /** How a note names a task that has no stage id yet: by its activity id, else its name and unique id. */
    private static String subject(Task task) {
        if (task.getActivityID() != null && !task.getActivityID().isBlank()) {
            return "activity \"" + task.getActivityID() + "\"";
        }
        return "task \"" + task.getName() + "\" (unique id " + task.getUniqueID() + ")";
    }

    /**
     * The task's cost as money: exact where it has at most three decimals, as datasets count money in
     * thousandths of the money unit, else rounded to the thousandth, with a note.
     */
    private Money cost(Task task, String subject) throws InvalidInputException {
        var number = task.getCost();
        if (number == null) {
            return Money.ZERO;
        }
        if (!Double.isFinite(number.doubleValue()) || Math.abs(number.doubleValue()) > Money.MAX.toDouble()) {
            throw new InvalidInputException(source, "file", subject + " costs " + number + ", more than the " + Money.MAX
                    + " (10^15) money units a dataset may hold. Check its cost in the project file.");
        }
        var exact = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        var rounded = exact.setScale(3, RoundingMode.HALF_UP);
        if (rounded.compareTo(exact) != 0) {
            notes.add(new MappingNote(subject, "costs " + exact.stripTrailingZeros().toPlainString()
                    + ", but a dataset counts money in thousandths", "rounded to " + Money.of(rounded)));
        }
        return Money.of(rounded);
    }

    private Stage stage(Task task, Map<Integer, Calendar> calendars, Map<Resource, ResourceImport.Imported> resources)
            throws InvalidInputException {
        var id = stageIds.get(task);
        var subject = "activity \"" + id + "\"";
        int duration = wholePeriods(durations.get(id), subject, "lasts");
        if (isSpanning(task)) {
            notes.add(new MappingNote(subject, "is a " + task.getActivityType().toString().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " activity, whose length follows the activities around it",
                    "it is a stage of the fixed " + duration + " " + unitWord(duration) + " it has now"));
        }
        var cost = cost(task, subject);
        if (duration == 0 && cost.thousandths() > 0) {
            notes.add(new MappingNote(subject, "is a milestone that costs " + cost
                    + ", but a stage that takes no time spends nothing", "its cost is left out"));
            cost = Money.ZERO;
        }
        if (task.getActualStart() == null && task.getPercentageComplete() != null
                && task.getPercentageComplete().doubleValue() > 0) {
            notes.add(new MappingNote(subject, "is " + ResourceImport.trim(task.getPercentageComplete().doubleValue())
                    + " % complete but has no actual start", "it is planned as not started"));
        }
        var mode = new Mode(modeId(task), duration, cost, demand(task, subject, resources));
        var calendar = calendars.get(calendarKey(task));
        var actual = progress.of(task, subject, duration, calendar);
        var window = new ConstraintWindow(subject, grid, notes);
        window.constrain(task.getConstraintType(), task.getConstraintDate());
        window.constrain(task.getSecondaryConstraintType(), task.getSecondaryConstraintDate());
        if (task.getDeadline() != null) {
            window.finishBy(task.getDeadline());
        }
        return new Stage(id, task.getName() == null ? id : task.getName(), system(task),
                calendar == null ? null : calendar.id(), window.release(), window.deadline(), List.of(mode),
                new LinkImport(this).predecessors(task), actual);
    }

    private static boolean isSpanning(Task task) {
        var type = task.getActivityType();
        return type == ActivityType.LEVEL_OF_EFFORT || type == ActivityType.HAMMOCK || type == ActivityType.WBS_SUMMARY;
    }

    private String modeId(Task task) {
        var own = CorridorFields.MODE.text(file, task);
        return own != null ? own : MODE;
    }

    private CorridorSystem system(Task task) {
        var own = CorridorFields.SYSTEM.text(file, task);
        for (var system : CorridorSystem.values()) {
            if (system.name().equals(own)) {
                return system;
            }
        }
        return CorridorSystem.SHARED;
    }

    /** A whole number of periods, rounded up where the file has a fraction: never shorter than the file says. */
    int wholePeriods(double periods, String subject, String verb) {
        int whole = (int) Math.ceil(periods - 1e-6);
        if (Math.abs(whole - periods) > 1e-6) {
            notes.add(new MappingNote(subject, verb + " " + ResourceImport.trim(periods) + " " + unitWord(2)
                    + ", but a dataset counts whole periods", "rounded up to " + whole));
        }
        return whole;
    }

    private String unitWord(int count) {
        var word = grid.unit().name().toLowerCase(Locale.ROOT);
        return count == 1 ? word : word + "s";
    }

    // ---------------------------------------------------------------- calendars and horizon

    /** The calendar an activity works on: its own, else the project's default. */
    private ProjectCalendar calendarOf(Task task) {
        var calendar = task.getEffectiveCalendar();
        return calendar != null ? calendar : file.getDefaultCalendar();
    }

    private Integer calendarKey(Task task) {
        var calendar = calendarOf(task);
        return calendar == null ? null : calendar.getUniqueID();
    }

    /** The dataset calendar of each calendar the activities use, by unique id; null for one that is always open. */
    private Map<Integer, Calendar> calendars(List<Task> activities, int span) {
        var imports = new CalendarImport(grid, span);
        var calendars = new LinkedHashMap<Integer, Calendar>();
        var ids = new HashSet<String>();
        for (var task : activities) {
            var calendar = calendarOf(task);
            if (calendar != null && !calendars.containsKey(calendar.getUniqueID())) {
                var id = slug(calendar.getName(), "calendar-" + calendar.getUniqueID());
                while (!ids.add(id)) {
                    id = id + "-" + calendar.getUniqueID();
                }
                calendars.put(calendar.getUniqueID(), imports.toCalendar(calendar, id, notes));
            }
        }
        for (var resource : file.getResources()) {
            var calendar = resource.getCalendar();
            if (calendar != null && !calendars.containsKey(calendar.getUniqueID()) && !resource.getTaskAssignments().isEmpty()) {
                notes.add(new MappingNote("resource \"" + resource.getName() + "\"", "works on its own calendar \""
                        + calendar.getName() + "\", and in a dataset a resource works when its stage does",
                        "its stages keep their activities' calendars"));
            }
        }
        return calendars;
    }

    /**
     * The periods the file's own schedule covers; for a file without dates, the periods its
     * activities and lags take end to end. Calendars are read over this span: their exceptions
     * beyond it matter to no schedule the file has.
     */
    private int span(List<Task> activities) {
        int latest = 0;
        for (var task : activities) {
            if (task.getFinish() != null) {
                latest = Math.max(latest, grid.periodAfter(task.getFinish()));
            }
        }
        return Math.max(1, latest > 0 ? latest : (int) Math.ceil(serialLength(activities)));
    }

    /** The periods every activity and positive lag take one after another: room for any schedule. */
    private double serialLength(List<Task> activities) {
        double serial = 0;
        for (var task : activities) {
            serial += Math.max(0, durations.get(stageIds.get(task)));
            for (var relation : task.getPredecessors()) {
                var lag = relation.getLag();
                if (lag != null && lag.getDuration() > 0 && lag.getUnits() != TimeUnit.PERCENT
                        && lag.getUnits() != TimeUnit.ELAPSED_PERCENT) {
                    serial += grid.periods(lag, defaults(task));
                }
            }
        }
        return serial;
    }

    /**
     * Long enough for any schedule: every activity and lag one after another, stretched by the
     * calendar with the least working time, and never shorter than the file's own schedule or
     * its constraint dates allow.
     */
    private int horizon(List<Task> activities, java.util.Collection<Calendar> calendars, int span) {
        double stretch = 1;
        int cycle = 1;
        for (var calendar : calendars) {
            if (calendar != null) {
                stretch = Math.max(stretch, (double) calendar.cycle() / calendar.open().size());
                cycle = Math.max(cycle, calendar.cycle());
            }
        }
        long horizon = Math.max(span, (long) Math.ceil(serialLength(activities) * stretch)) + cycle;
        for (var task : activities) {
            for (var date : new LocalDateTime[] {task.getConstraintDate(), task.getSecondaryConstraintDate(), task.getDeadline()}) {
                if (date != null) {
                    horizon = Math.max(horizon, (long) grid.periodAfter(date) + cycle
                            + (long) Math.ceil(durations.get(stageIds.get(task)) * stretch));
                }
            }
        }
        return (int) Math.min(horizon, MAX_PERIOD);
    }

    // ---------------------------------------------------------------- resources

    private Map<Resource, ResourceImport.Imported> resources(int horizon) {
        var imports = new ResourceImport(file, grid, horizon);
        var resources = new LinkedHashMap<Resource, ResourceImport.Imported>();
        var ids = new HashSet<String>();
        for (var resource : file.getResources()) {
            boolean unnamed = resource.getName() == null || resource.getName().isBlank();
            if (unnamed && resource.getTaskAssignments().isEmpty()) {
                continue; // MS Project keeps a blank resource with unique id 0
            }
            if (!ResourceImport.isMapped(resource)) {
                if (!resource.getTaskAssignments().isEmpty()) {
                    notes.add(new MappingNote("resource \"" + resource.getName() + "\"", "is a cost resource, "
                            + "which a dataset has no place for", "its cost stays in the cost of its activities"));
                }
                continue;
            }
            var id = resourceId(resource);
            while (!ids.add(id)) {
                id = id + "-" + resource.getUniqueID();
            }
            resources.put(resource, imports.toResource(resource, id, notes));
        }
        return resources;
    }

    /** Corridor's own id when the file came from corridor, else the resource id (P6), else a slug of the name. */
    private String resourceId(Resource resource) {
        var own = CorridorFields.RESOURCE.text(file, resource);
        if (own != null) {
            return own;
        }
        if (resource.getResourceID() != null && !resource.getResourceID().isBlank()) {
            return resource.getResourceID().trim();
        }
        return slug(resource.getName(), "resource-" + resource.getUniqueID());
    }

    private Map<String, Integer> demand(Task task, String subject, Map<Resource, ResourceImport.Imported> resources) {
        var demand = new LinkedHashMap<String, Integer>();
        for (var assignment : task.getResourceAssignments()) {
            var imported = resources.get(assignment.getResource());
            if (imported == null || assignment.getUnits() == null) {
                continue;
            }
            double units = assignment.getUnits().doubleValue() / 100;
            int whole = ResourceImport.wholeUnits(units, subject, "its assignment of \"" + imported.id() + "\"", notes);
            if (whole > 0) {
                demand.merge(imported.id(), whole, Integer::sum);
            }
        }
        return demand;
    }

    /**
     * The resources, each with enough capacity for what its stages ask: a file may over-allocate a
     * resource (MS Project allows 200 % of a 100 % resource), a dataset may not.
     */
    private List<dev.corridor.model.Resource> capacitiesThatMeet(List<Stage> stages,
            Map<Resource, ResourceImport.Imported> resources) {
        var checked = new ArrayList<dev.corridor.model.Resource>();
        for (var resource : resources.values()) {
            int need = 0;
            for (var stage : stages) {
                int units = stage.modes().get(0).demandFor(resource.id());
                need = resource.kind() == ResourceKind.NONRENEWABLE ? need + units : Math.max(need, units);
            }
            var subject = "resource \"" + resource.id() + "\"";
            if (resource.kind() == ResourceKind.NONRENEWABLE && resource.capacity() < need) {
                notes.add(new MappingNote(subject, "is a material with no stock in the file for its activities' "
                        + need + " units", "its stock is set to " + need));
                checked.add(resource.raisedTo(need).toResource());
            } else if (resource.kind() == ResourceKind.RENEWABLE && resource.most() < need) {
                notes.add(new MappingNote(subject, "has at most " + resource.most() + " units, but an activity is assigned "
                        + need, "its capacity is raised to " + need + " wherever it was lower"));
                checked.add(resource.raisedTo(need).toResource());
            } else {
                checked.add(resource.toResource());
            }
        }
        return checked;
    }

    // ---------------------------------------------------------------- the project

    private String projectName(String fallback) {
        var properties = file.getProjectProperties();
        for (var name : new String[] {properties.getName(), properties.getProjectTitle()}) {
            if (name != null && !name.isBlank()) {
                return name.trim();
            }
        }
        return fallback;
    }

    private String currency() {
        var code = file.getProjectProperties().getCurrencyCode();
        return code != null && code.matches("[A-Z]{3}") ? code : null;
    }

    /** A readable id from a name: lower case, words joined by hyphens. */
    static String slug(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        var slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
