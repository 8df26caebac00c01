package dev.corridor.benchmarks.psplib;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import dev.corridor.model.Project;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.plan.StagePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The peer a user would otherwise write: the textbook CP-SAT model of the (multi-mode) RCPSP. One
 * optional interval per stage and mode, exactly one mode per stage, finish-to-start links with lags,
 * a cumulative constraint per renewable resource, a sum per non-renewable stock, minimise the
 * makespan. Only the PSPLIB features: no calendars, budgets or capacity changes.
 */
final class CpSatPeer {

    static {
        Loader.loadNativeLibraries();
    }

    /** The peer's answer: its schedule (empty when it found none) and whether it proved it optimal. */
    record Answer(int makespan, boolean optimal, List<StagePlan> stages, long millis) {

        boolean found() {
            return !stages.isEmpty();
        }
    }

    private CpSatPeer() {
    }

    static Answer solve(Project project, Duration timeLimit, int threads, long seed) {
        long started = System.nanoTime();
        var model = new CpModel();
        int horizon = project.horizon();
        var starts = new HashMap<String, IntVar>();
        var ends = new HashMap<String, IntVar>();
        var chosen = new HashMap<String, List<BoolVar>>();
        var intervals = new HashMap<String, List<IntervalVar>>();
        for (var stage : project.stages()) {
            var start = model.newIntVar(0, horizon, "start[" + stage.id() + "]");
            var end = model.newIntVar(0, horizon, "end[" + stage.id() + "]");
            var modes = new ArrayList<BoolVar>();
            var modeIntervals = new ArrayList<IntervalVar>();
            for (var mode : stage.modes()) {
                var present = model.newBoolVar("mode[" + stage.id() + "," + mode.id() + "]");
                modeIntervals.add(model.newOptionalIntervalVar(start, LinearExpr.constant(mode.duration()), end, present,
                        "run[" + stage.id() + "," + mode.id() + "]"));
                modes.add(present);
            }
            model.addExactlyOne(modes.toArray(new com.google.ortools.sat.Literal[0]));
            starts.put(stage.id(), start);
            ends.put(stage.id(), end);
            chosen.put(stage.id(), modes);
            intervals.put(stage.id(), modeIntervals);
        }
        for (var stage : project.stages()) {
            for (var link : stage.predecessors()) {
                model.addLessOrEqual(LinearExpr.affine(ends.get(link.stage()), 1, link.lag()), starts.get(stage.id()));
            }
        }
        for (var resource : project.resources()) {
            if (resource.kind() == ResourceKind.RENEWABLE) {
                var cumulative = model.addCumulative(resource.capacity());
                for (var stage : project.stages()) {
                    for (int m = 0; m < stage.modes().size(); m++) {
                        int demand = stage.modes().get(m).demandFor(resource.id());
                        if (demand > 0) {
                            cumulative.addDemand(intervals.get(stage.id()).get(m), demand);
                        }
                    }
                }
            } else {
                var used = LinearExpr.newBuilder();
                for (var stage : project.stages()) {
                    for (int m = 0; m < stage.modes().size(); m++) {
                        used.addTerm(chosen.get(stage.id()).get(m), stage.modes().get(m).demandFor(resource.id()));
                    }
                }
                model.addLessOrEqual(used, resource.capacity());
            }
        }
        var makespan = model.newIntVar(0, horizon, "makespan");
        model.addMaxEquality(makespan, ends.values().toArray(IntVar[]::new));
        model.minimize(makespan);

        var solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(threads)
                .setRandomSeed((int) seed);
        var status = solver.solve(model);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Answer(-1, false, List.of(), millis);
        }
        var stages = new ArrayList<StagePlan>();
        for (var stage : project.stages()) {
            var modes = chosen.get(stage.id());
            int picked = 0;
            for (int m = 0; m < modes.size(); m++) {
                if (solver.booleanValue(modes.get(m))) {
                    picked = m;
                }
            }
            var mode = stage.modes().get(picked);
            stages.add(new StagePlan(stage.id(), stage.name(), stage.system(), mode.id(),
                    (int) solver.value(starts.get(stage.id())), (int) solver.value(ends.get(stage.id())), null, null,
                    mode.cost()));
        }
        return new Answer((int) solver.value(makespan), status == CpSolverStatus.OPTIMAL, stages, millis);
    }
}
