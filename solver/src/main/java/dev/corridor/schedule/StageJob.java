package dev.corridor.schedule;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import dev.corridor.model.Money;
import dev.corridor.schedule.problem.BudgetWindow;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ResourceSpec;
import dev.corridor.schedule.problem.Spend;
import dev.corridor.schedule.problem.StageSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stage as the solver sees it. The decisions are its mode and its place in the
 * {@link ActivityList}; its placement (start and finish) is derived from them by the decoder and
 * never set by a move.
 */
@PlanningEntity
public class StageJob {

    @PlanningId
    private int index;
    private StageSpec spec;

    @PlanningVariable(valueRangeProviderRefs = "modesOfThisStage")
    private ModeOption mode;

    /** A stage started by the data date runs in the mode it started in: no move changes it. */
    @PlanningPin
    public boolean isStarted() {
        return spec.isStarted();
    }

    @InverseRelationShadowVariable(sourceVariableName = "order")
    private ActivityList list;

    // Listeners re-decode the list when it or a mode changes: see Redecoder for why not a
    // declarative shadow variable.
    @SuppressWarnings("removal")
    @ShadowVariable(variableListenerClass = Redecoder.OnListChange.class, sourceEntityClass = ActivityList.class,
            sourceVariableName = "order")
    @ShadowVariable(variableListenerClass = Redecoder.OnModeChange.class, sourceVariableName = "mode")
    private Placement placement;

    /** {@link #spending()} as last worked out, and for which placement and mode. */
    private List<Spend> spending;
    private Placement spendingPlacement;
    private ModeOption spendingMode;

    public StageJob() {
    }

    public StageJob(StageSpec spec) {
        this.index = spec.index();
        this.spec = spec;
    }

    /** A job already placed, for constraint tests and checks. */
    public StageJob(StageSpec spec, ModeOption mode, int start) {
        this(spec, mode, start, start);
    }

    /**
     * A job already placed, its remaining work from {@code resume} (which is its start but for a stage
     * in progress at the data date), for plans read back and explained.
     */
    public StageJob(StageSpec spec, ModeOption mode, int start, int resume) {
        this(spec);
        this.mode = mode;
        if (spec.isStarted()) {
            var worked = spec.workedPeriods(new Placement(start, start, resume), mode.duration());
            this.placement = new Placement(start, worked.length == 0 ? start : worked[worked.length - 1] + 1, resume);
        } else {
            this.placement = new Placement(start, spec.calendar().finish(start, mode.duration()));
        }
    }

    @ValueRangeProvider(id = "modesOfThisStage")
    public List<ModeOption> getModeRange() {
        return spec.modes();
    }

    public int getIndex() {
        return index;
    }

    public StageSpec getSpec() {
        return spec;
    }

    public ModeOption getMode() {
        return mode;
    }

    public void setMode(ModeOption mode) {
        this.mode = mode;
    }

    public ActivityList getList() {
        return list;
    }

    public void setList(ActivityList list) {
        this.list = list;
    }

    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    public boolean isPlaced() {
        return placement != null && mode != null;
    }

    public int start() {
        return placement.start();
    }

    public int finish() {
        return placement.finish();
    }

    /** The periods it works, in order (see {@link StageSpec#workedPeriods}). */
    public int[] workedPeriods() {
        return spec.workedPeriods(placement, mode.duration());
    }

    /** The runs of consecutive worked periods, each as {first, after last}. */
    public int[][] workSegments() {
        int duration = mode.duration();
        if (duration == 0) {
            return new int[0][];
        }
        if (calendarAlwaysOpenFromStart()) {
            return new int[][] {{start(), finish()}};
        }
        var segments = new ArrayList<int[]>();
        int runStart = -1;
        int previous = -2;
        for (int period : workedPeriods()) {
            if (period != previous + 1) {
                if (runStart >= 0) {
                    segments.add(new int[] {runStart, previous + 1});
                }
                runStart = period;
            }
            previous = period;
        }
        segments.add(new int[] {runStart, previous + 1});
        return segments.toArray(int[][]::new);
    }

    /** Whether it works every period from its start to its finish, which spares listing them. */
    private boolean calendarAlwaysOpenFromStart() {
        return spec.calendar().isAlwaysOpen() && placement.resume() == placement.start();
    }

    /** What this job spends inside a budget window, in thousandths of the money unit. */
    public long spendIn(BudgetWindow window) {
        int duration = mode.duration();
        long spent = 0;
        var periods = workedPeriods();
        for (int k = 0; k < duration; k++) {
            if (window.covers(periods[k])) {
                spent += Money.spendInWorkedPeriod(mode.costMilli(), duration, k);
            }
        }
        return spent;
    }

    /** The units of each resource this job holds in each worked period. */
    public List<ResourceUse> resourceUses(List<ResourceSpec> resources) {
        var uses = new ArrayList<ResourceUse>();
        var periods = workedPeriods();
        for (var resource : resources) {
            int units = mode.demand(resource.index());
            if (units > 0) {
                for (int period : periods) {
                    uses.add(new ResourceUse(resource, period, units));
                }
            }
        }
        return uses;
    }

    /** What this job spends in each worked period, in thousandths of the money unit; not to be changed. */
    public List<Spend> spending() {
        // Kept for the placement and mode it was worked out for: the score reads it in two rules on
        // every change of the job.
        if (spending != null && spendingPlacement == placement && spendingMode == mode) {
            return spending;
        }
        var worked = new ArrayList<Spend>();
        int duration = mode.duration();
        var periods = workedPeriods();
        for (int k = 0; k < duration; k++) {
            worked.add(new Spend(periods[k], Money.spendInWorkedPeriod(mode.costMilli(), duration, k)));
        }
        spending = Collections.unmodifiableList(worked);
        spendingPlacement = placement;
        spendingMode = mode;
        return spending;
    }

    @Override
    public String toString() {
        return spec.id() + (placement == null ? "" : "@" + placement.start() + ".." + placement.finish());
    }
}
