package dev.corridor.check;

import dev.corridor.model.Calendar;
import dev.corridor.model.Mode;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a plan against its dataset from the dataset format's own definitions, sharing no code
 * with the solver: every stage once in an existing mode, calendars, releases, deadlines, the
 * horizon, all four link types with lags, capacity in every period, non-renewable stocks, and every
 * budget window.
 */
public final class PlanChecker {

    /**
     * The format spreads cost evenly; the solver books it in whole thousandths of the money unit,
     * so each stage may land up to one thousandth differently in a window.
     */
    private static final double ROUNDING_PER_STAGE = 0.001;

    private PlanChecker() {
    }

    /** Every way the plan breaks the dataset's rules; empty when it is a valid plan. */
    public static List<String> violations(Project project, Plan plan) {
        var problems = new ArrayList<String>();
        var byId = new HashMap<String, StagePlan>();
        for (var stagePlan : plan.stages()) {
            if (byId.put(stagePlan.id(), stagePlan) != null) {
                problems.add("stage " + stagePlan.id() + " is planned twice");
            }
        }
        var worked = new HashMap<String, List<Integer>>();
        var modes = new HashMap<String, Mode>();
        int makespan = 0;
        for (Stage stage : project.stages()) {
            var planned = byId.get(stage.id());
            if (planned == null) {
                problems.add("stage " + stage.id() + " is not planned");
                continue;
            }
            var mode = stage.modes().stream().filter(m -> m.id().equals(planned.mode())).findFirst().orElse(null);
            if (mode == null) {
                problems.add("stage " + stage.id() + " runs in unknown mode " + planned.mode());
                continue;
            }
            modes.put(stage.id(), mode);
            var calendar = stage.calendar() == null ? null : project.calendar(stage.calendar()).orElseThrow();
            var periods = workedPeriods(calendar, planned.start(), mode.duration());
            worked.put(stage.id(), periods);
            int expectedFinish = periods.isEmpty() ? planned.start() : periods.get(periods.size() - 1) + 1;
            if (planned.finish() != expectedFinish) {
                problems.add("stage " + stage.id() + " finishes at " + planned.finish() + " but its " + mode.duration()
                        + " worked periods from " + planned.start() + " end at " + expectedFinish);
            }
            if (calendar != null && mode.duration() > 0 && !calendar.isOpen(planned.start())) {
                problems.add("stage " + stage.id() + " starts in closed period " + planned.start());
            }
            if (planned.start() < 0) {
                problems.add("stage " + stage.id() + " starts before period 0");
            }
            if (stage.release() != null && planned.start() < stage.release()) {
                problems.add("stage " + stage.id() + " starts at " + planned.start() + " before its release " + stage.release());
            }
            if (stage.deadline() != null && planned.finish() > stage.deadline()) {
                problems.add("stage " + stage.id() + " finishes at " + planned.finish() + " after its deadline " + stage.deadline());
            }
            if (planned.finish() > project.horizon()) {
                problems.add("stage " + stage.id() + " finishes at " + planned.finish() + " after the horizon " + project.horizon());
            }
            makespan = Math.max(makespan, planned.finish());
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (plan.makespan() != makespan) {
            problems.add("plan says makespan " + plan.makespan() + " but the last stage finishes at " + makespan);
        }
        checkPrecedence(project, byId, problems);
        checkCapacity(project, worked, modes, problems);
        checkBudgets(project, worked, modes, problems);
        return problems;
    }

    private static void checkPrecedence(Project project, Map<String, StagePlan> byId, List<String> problems) {
        for (var stage : project.stages()) {
            var b = byId.get(stage.id());
            for (var link : stage.predecessors()) {
                var a = byId.get(link.stage());
                boolean holds = switch (link.type()) {
                    case FS -> b.start() >= a.finish() + link.lag();
                    case SS -> b.start() >= a.start() + link.lag();
                    case FF -> b.finish() >= a.finish() + link.lag();
                    case SF -> b.finish() >= a.start() + link.lag();
                };
                if (!holds) {
                    problems.add(link.type() + " link " + link.stage() + " -> " + stage.id() + " (lag " + link.lag()
                            + ") broken: " + a.start() + ".." + a.finish() + " then " + b.start() + ".." + b.finish());
                }
            }
        }
    }

    private static void checkCapacity(Project project, Map<String, List<Integer>> worked, Map<String, Mode> modes,
            List<String> problems) {
        for (var resource : project.resources()) {
            if (resource.kind() == dev.corridor.model.ResourceKind.NONRENEWABLE) {
                int used = project.stages().stream().mapToInt(stage -> modes.get(stage.id()).demandFor(resource.id())).sum();
                if (used > resource.capacity()) {
                    problems.add("non-renewable " + resource.id() + " used " + used + " > stock " + resource.capacity());
                }
                continue;
            }
            var use = new HashMap<Integer, Integer>();
            for (var stage : project.stages()) {
                int units = modes.get(stage.id()).demandFor(resource.id());
                if (units > 0) {
                    for (int period : worked.get(stage.id())) {
                        use.merge(period, units, Integer::sum);
                    }
                }
            }
            use.forEach((period, units) -> {
                if (units > resource.capacityAt(period)) {
                    problems.add("resource " + resource.id() + " over capacity in period " + period + ": " + units
                            + " > " + resource.capacityAt(period));
                }
            });
        }
    }

    private static void checkBudgets(Project project, Map<String, List<Integer>> worked, Map<String, Mode> modes,
            List<String> problems) {
        for (var cap : project.budgetCaps()) {
            double spent = 0;
            for (var stage : project.stages()) {
                var mode = modes.get(stage.id());
                var periods = worked.get(stage.id());
                for (int period : periods) {
                    if (cap.covers(period)) {
                        spent += mode.cost().toDouble() / mode.duration();
                    }
                }
            }
            if (spent > cap.max().toDouble() + ROUNDING_PER_STAGE * project.stages().size()) {
                problems.add("budget window [" + cap.from() + ", " + cap.to() + ") spends " + spent + " > cap " + cap.max());
            }
        }
    }

    private static List<Integer> workedPeriods(Calendar calendar, int start, int duration) {
        var periods = new ArrayList<Integer>();
        for (int t = start; periods.size() < duration; t++) {
            if (calendar == null || calendar.isOpen(t)) {
                periods.add(t);
            }
        }
        return periods;
    }
}
