package dev.corridor.schedule;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dev.corridor.schedule.decode.Decodes;
import dev.corridor.schedule.decode.ForwardDecode;
import dev.corridor.schedule.problem.Link;
import dev.corridor.schedule.problem.ResourceSpec;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.SpendWeights;
import dev.corridor.schedule.problem.StockSpec;
import dev.corridor.schedule.problem.SystemValue;
import java.util.List;

/**
 * The scheduling problem and its current plan, as Timefold Solver works on it: the compiled
 * project as facts, the stages and the activity list as entities.
 */
@PlanningSolution
public class CorridorSchedule {

    private ScheduleProblem problem;

    @ProblemFactCollectionProperty
    private List<ResourceSpec> resources;
    @ProblemFactCollectionProperty
    private List<StockSpec> stocks;
    @ProblemFactCollectionProperty
    private List<Link> links;
    /** The budget windows the plan answers to, indexed by period for the score: none where there are none. */
    @ProblemFactCollectionProperty
    private List<BudgetIndex> budgetIndex;
    @ProblemFactCollectionProperty
    private List<Horizon> horizon;
    @ProblemFactCollectionProperty
    private List<SpendWeights> spendWeights;
    @ProblemFactCollectionProperty
    private List<SystemValue> systemValues;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider(id = "jobs")
    private List<StageJob> jobs;

    @PlanningEntityProperty
    private ActivityList activityList;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /**
     * The decode the jobs' placements were last set from, if the listener set them from one: a clone
     * holds the same placements, so it shares this by reference as it shares the cache.
     */
    private ForwardDecode placedFrom;

    private boolean changed = true;
    /**
     * What changed since the placements were last decoded, as the listeners were told before each
     * change: a stretch of the list, [from, to), and the mode of one stage. Anything else (a change not
     * told this way, a second mode) leaves the changes untracked, and the decode reads the whole plan.
     */
    private int listChangedFrom = Integer.MAX_VALUE;
    private int listChangedTo = -1;
    private int modeChangedStage = -1;
    private boolean untracked = true;

    /** A cache of the latest decodes, not part of the plan: clones share it, as it is keyed by content. */
    private Decodes decodes;

    public CorridorSchedule() {
    }

    public CorridorSchedule(ScheduleProblem problem, List<StageJob> jobs, ActivityList activityList,
            SpendWeights weights) {
        this.problem = problem;
        this.resources = problem.resources();
        this.stocks = problem.stocks();
        // History does not answer to links: only those that bind the plan are scored.
        this.links = problem.bindingLinks();
        var budgetWindows = problem.bindingBudgetWindows();
        this.budgetIndex = budgetWindows.isEmpty() ? List.of() : List.of(new BudgetIndex(budgetWindows));
        this.horizon = List.of(new Horizon(problem.horizon(), problem.objective()));
        this.spendWeights = List.of(weights);
        this.systemValues = problem.systemValues();
        this.jobs = jobs;
        this.activityList = activityList;
    }

    public ScheduleProblem getProblem() {
        return problem;
    }

    public List<ResourceSpec> getResources() {
        return resources;
    }

    public List<StockSpec> getStocks() {
        return stocks;
    }

    public List<Link> getLinks() {
        return links;
    }

    public List<BudgetIndex> getBudgetIndex() {
        return budgetIndex;
    }

    public List<Horizon> getHorizon() {
        return horizon;
    }

    public List<SpendWeights> getSpendWeights() {
        return spendWeights;
    }

    public List<SystemValue> getSystemValues() {
        return systemValues;
    }

    public List<StageJob> getJobs() {
        return jobs;
    }

    public ActivityList getActivityList() {
        return activityList;
    }

    /** The latest decodes of this plan's lists, for the listeners and moves that decode them. */
    public Decodes decodes() {
        if (decodes == null || !decodes.serves(problem)) {
            decodes = new Decodes(problem);
        }
        return decodes;
    }

    /**
     * Whether the list or a mode may have changed since the placements were last decoded; true for a
     * plan never decoded. A clone copies it with the placements it describes.
     */
    public boolean isChanged() {
        return changed;
    }

    /** Notes that the list will change between positions {@code from} and {@code to} (exclusive). */
    public void markListChanged(int from, int to) {
        changed = true;
        listChangedFrom = Math.min(listChangedFrom, from);
        listChangedTo = Math.max(listChangedTo, to);
    }

    /** Notes that stage {@code stage}'s mode will change. */
    public void markModeChanged(int stage) {
        changed = true;
        if (modeChangedStage >= 0 && modeChangedStage != stage) {
            untracked = true;
        }
        modeChangedStage = stage;
    }

    public void markDecoded() {
        changed = false;
        untracked = false;
        listChangedFrom = Integer.MAX_VALUE;
        listChangedTo = -1;
        modeChangedStage = -1;
    }

    /** Whether all that changed since the last decode is {@link #listChangedFrom()} to {@link #listChangedTo()} and {@link #modeChangedStage()}. */
    public boolean changesTracked() {
        return !untracked;
    }

    /** Where the changed stretch of the list begins; {@link Integer#MAX_VALUE} if the list did not change. */
    public int listChangedFrom() {
        return listChangedFrom;
    }

    /** Where the changed stretch of the list ends (exclusive); -1 if the list did not change. */
    public int listChangedTo() {
        return listChangedTo;
    }

    /** The stage whose mode changed, or -1. */
    public int modeChangedStage() {
        return modeChangedStage;
    }

    public ForwardDecode placedFrom() {
        return placedFrom;
    }

    public void placedFrom(ForwardDecode decode) {
        this.placedFrom = decode;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
