package dev.corridor.io.projectfile;

import dev.corridor.model.LinkType;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.plan.StageStatus;
import dev.corridor.model.io.JsonFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.mpxj.Availability;
import org.mpxj.AvailabilityTable;
import org.mpxj.ConstraintType;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceField;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;

/**
 * Writes a plan with its dataset as an MS Project XML file (MSPDI), which MS Project and
 * ProjectLibre open. Each stage is a task in the mode the plan chose: the plan's start and finish
 * (also saved as the baseline, since a scheduling program recalculates dates from the links and
 * does not know corridor's crews, caps and money), the mode's duration, cost and resource units.
 * Links keep their type and lag; releases become start-no-earlier-than constraints and deadlines
 * deadlines; renewable resources are work resources whose availability follows their capacity
 * changes, stocks are material resources. Corridor's ids go in custom fields, so the file reads
 * back as the same dataset (see {@link ProjectFileReader}).
 */
public final class PlanWriter {

    private final Project project;
    private final Plan plan;
    private final PeriodGrid grid;
    private final ProjectFile file = new ProjectFile();

    private PlanWriter(Project project, Plan plan) {
        this.project = project;
        this.plan = plan;
        this.grid = new PeriodGrid(project.periodUnit(), project.startDate());
    }

    /** Why {@code project} cannot be exported, or null when it can. */
    public static String cannotExport(Project project) {
        if (project.periodUnit() == PeriodUnit.PERIOD || project.startDate() == null) {
            return "the dataset's periods have no dates (periodUnit " + project.periodUnit() + ", startDate "
                    + project.startDate() + "), and a project file schedules on dates. Give it a periodUnit of DAY, "
                    + "WEEK or MONTH and a startDate.";
        }
        return null;
    }

    /** The plan as an MPXJ project, ready for any of MPXJ's writers. */
    public static ProjectFile toProjectFile(Project project, Plan plan) {
        var reason = cannotExport(project);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
        return new PlanWriter(project, plan).build();
    }

    /** The plan as MSPDI XML text. */
    public static String toMspdi(Project project, Plan plan) {
        var bytes = new ByteArrayOutputStream();
        try {
            new MSPDIWriter().write(toProjectFile(project, plan), bytes);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the plan as MSPDI in memory.", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The project file formats a plan is written in, each by MPXJ's own writer. */
    public enum Format {
        /** MS Project XML, which MS Project and ProjectLibre open. */
        MSPDI,
        /** Primavera P6 XML (PMXML). */
        P6_XML,
        /** Primavera P6 XER. */
        XER
    }

    /** Writes the plan as MSPDI XML to {@code target} in one step: readers see the old file or the whole new one. */
    public static void write(Project project, Plan plan, Path target) throws IOException {
        write(project, plan, target, Format.MSPDI);
    }

    /** Writes the plan in {@code format} to {@code target} in one step, never half-written. */
    public static void write(Project project, Plan plan, Path target, Format format) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var writer = switch (format) {
            case MSPDI -> new MSPDIWriter();
            case P6_XML -> new PrimaveraPMFileWriter();
            case XER -> new PrimaveraXERFileWriter();
        };
        writer.write(toProjectFile(project, plan), bytes);
        JsonFiles.writeAtomically(target, bytes.toByteArray());
    }

    private ProjectFile build() {
        var properties = file.getProjectProperties();
        properties.setName(project.name());
        properties.setProjectTitle(project.name());
        properties.setStartDate(grid.startOf(0));
        properties.setFinishDate(grid.finishBefore(Math.max(1, plan.makespan())));
        properties.setCurrencyCode(project.currency());
        properties.setMinutesPerDay(PeriodGrid.MINUTES_PER_DAY);
        properties.setMinutesPerWeek(PeriodGrid.MINUTES_PER_WEEK);
        properties.setDaysPerMonth(PeriodGrid.DAYS_PER_MONTH);
        properties.setDefaultDurationUnits(grid.timeUnit());
        properties.setDefaultStartTime(PeriodGrid.WORK_START);
        properties.setDefaultEndTime(PeriodGrid.WORK_FINISH);
        if (plan.dataDate() != null) {
            // P6's data date and MS Project's status date: what the progress is recorded up to.
            properties.setStatusDate(grid.startOf(plan.dataDate()));
        }
        CorridorFields.declare(file);

        var calendars = new CalendarExport(file, grid, project.horizon());
        var everyDay = calendars.everyDay("Every day");
        file.setDefaultCalendar(everyDay);
        var exportedCalendars = new HashMap<String, ProjectCalendar>();
        for (var calendar : project.calendars()) {
            exportedCalendars.put(calendar.id(), calendars.toProjectCalendar(calendar));
        }
        var resources = new HashMap<String, org.mpxj.Resource>();
        for (var resource : project.resources()) {
            resources.put(resource.id(), resource(resource));
        }
        var planned = new HashMap<String, StagePlan>();
        plan.stages().forEach(stagePlan -> planned.put(stagePlan.id(), stagePlan));
        var tasks = new HashMap<String, Task>();
        for (var stage : project.stages()) {
            var stagePlan = planned.get(stage.id());
            if (stagePlan == null) {
                throw new IllegalArgumentException("The plan has no stage \"" + stage.id() + "\"; export a plan made "
                        + "from this dataset.");
            }
            var task = task(stage, stagePlan, exportedCalendars, resources);
            tasks.put(stage.id(), task);
        }
        for (var stage : project.stages()) {
            for (var link : stage.predecessors()) {
                tasks.get(stage.id()).addPredecessor(new Relation.Builder()
                        .predecessorTask(tasks.get(link.stage()))
                        .type(relationType(link.type()))
                        .lag(grid.duration(link.lag())));
            }
        }
        return file;
    }

    private Task task(dev.corridor.model.Stage stage, StagePlan stagePlan, Map<String, ProjectCalendar> calendars,
            Map<String, org.mpxj.Resource> resources) {
        var mode = stage.mode(stagePlan.mode());
        var task = file.addTask();
        task.setName(stage.name());
        CorridorFields.STAGE.set(task, stage.id());
        CorridorFields.MODE.set(task, mode.id());
        CorridorFields.SYSTEM.set(task, stage.system().name());
        var start = grid.startOf(stagePlan.start());
        var finish = mode.duration() == 0 ? start : grid.finishBefore(stagePlan.finish());
        var worked = workedPeriods(stage, stagePlan, mode.duration());
        var duration = grid.duration(worked);
        task.setStart(start);
        task.setFinish(finish);
        task.setDuration(duration);
        task.setMilestone(mode.duration() == 0);
        task.setFixedCost(mode.cost().toBigDecimal());
        task.setCost(mode.cost().toBigDecimal());
        task.setBaselineStart(start);
        task.setBaselineFinish(finish);
        task.setBaselineDuration(duration);
        task.setBaselineCost(mode.cost().toBigDecimal());
        if (stage.calendar() != null) {
            task.setCalendar(calendars.get(stage.calendar()));
        }
        progress(task, stage, stagePlan, start, finish, worked);
        if (stage.release() != null && stage.release() > 0) {
            task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
            task.setConstraintDate(grid.startOf(stage.release()));
        }
        if (stage.deadline() != null) {
            task.setDeadline(grid.finishBefore(stage.deadline()));
        }
        for (var demand : mode.demand().entrySet()) {
            var resource = project.resource(demand.getKey()).orElseThrow();
            if (demand.getValue() == 0) {
                continue;
            }
            var assignment = task.addResourceAssignment(resources.get(demand.getKey()));
            assignment.setStart(start);
            assignment.setFinish(finish);
            if (resource.isRenewable()) {
                // Units are percentages of one unit; work is the hours the units put in over the stage.
                assignment.setUnits(demand.getValue() * 100.0);
                assignment.setWork(org.mpxj.Duration.getInstance(
                        worked * grid.hoursPerPeriod() * demand.getValue(), TimeUnit.HOURS));
            } else {
                assignment.setUnits(demand.getValue());
            }
        }
        return task;
    }

    /**
     * The periods a stage works in the plan: its mode's duration, or for a started stage what it has
     * worked and has still to do, which a progress update may have made longer or shorter.
     */
    private int workedPeriods(dev.corridor.model.Stage stage, StagePlan stagePlan, int modeDuration) {
        if (stagePlan.status() == null || stagePlan.status() == StageStatus.NOT_STARTED) {
            return modeDuration;
        }
        if (stagePlan.status() == StageStatus.COMPLETE) {
            return project.openPeriods(stage, stagePlan.start(), stagePlan.finish());
        }
        return project.openPeriods(stage, stagePlan.start(), plan.dataDate())
                + project.openPeriods(stage, stagePlan.resume(), stagePlan.finish());
    }

    /** The progress P6 and MS Project keep: actual dates, the work left and how much is done. */
    private void progress(Task task, dev.corridor.model.Stage stage, StagePlan stagePlan, LocalDateTime start,
            LocalDateTime finish, int worked) {
        if (stagePlan.status() == StageStatus.COMPLETE) {
            task.setActualStart(start);
            task.setActualFinish(finish);
            task.setActualDuration(grid.duration(worked));
            task.setRemainingDuration(grid.duration(0));
            task.setPercentageComplete(100);
        } else if (stagePlan.status() == StageStatus.IN_PROGRESS) {
            int done = project.openPeriods(stage, stagePlan.start(), plan.dataDate());
            task.setActualStart(start);
            task.setActualDuration(grid.duration(done));
            task.setRemainingDuration(grid.duration(worked - done));
            task.setPercentageComplete(worked == 0 ? 0 : 100.0 * done / worked);
            task.setResume(grid.startOf(stagePlan.resume()));
        }
    }

    private org.mpxj.Resource resource(Resource resource) {
        var exported = file.addResource();
        exported.setName(resource.name());
        CorridorFields.RESOURCE.set(exported, resource.id());
        if (!resource.isRenewable()) {
            exported.setType(ResourceType.MATERIAL);
            CorridorFields.STOCK.set(exported, resource.capacity());
            return exported;
        }
        exported.setType(ResourceType.WORK);
        int most = resource.capacityChanges().stream().mapToInt(c -> c.capacity()).reduce(resource.capacity(), Math::max);
        exported.set(ResourceField.MAX_UNITS, most * 100.0);
        if (!resource.capacityChanges().isEmpty()) {
            availability(resource, exported.getAvailability());
        }
        return exported;
    }

    /** One availability entry per stretch of constant capacity, from period 0 on; the last one runs on. */
    private void availability(Resource resource, AvailabilityTable table) {
        var changes = resource.capacityChanges().stream()
                .filter(change -> change.from() > 0)
                .sorted(java.util.Comparator.comparingInt(change -> change.from()))
                .toList();
        int from = 0;
        int units = resource.capacityAt(0);
        for (var change : changes) {
            if (change.from() > from) {
                table.add(new Availability(grid.dateOf(from).atStartOfDay(), grid.finishBefore(change.from()), units * 100.0));
            }
            from = change.from();
            units = resource.capacityAt(change.from());
        }
        table.add(new Availability(grid.dateOf(from).atStartOfDay(), AvailabilityTable.END_DATE_NA, units * 100.0));
    }

    private static RelationType relationType(LinkType type) {
        return switch (type) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }
}
