package dev.corridor.schedule.problem;

import dev.corridor.model.Money;
import dev.corridor.model.OutOfSequence;
import dev.corridor.model.plan.StageStatus;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project compiled for scheduling: stages, resources, calendars and budget windows by index,
 * so the decoder works on arrays rather than maps. Built once per solve; never changes.
 */
public final class ScheduleProblem {

    private final Project project;
    private final List<StageSpec> stages;
    private final List<ResourceSpec> resources;
    private final List<StockSpec> stocks;
    private final PrecedenceGraph graph;
    private final List<BudgetWindow> budgetWindows;
    private final boolean milestones;
    /** From this period on, no capacity or budget window changes any more. */
    private final int steadyFrom;
    /** By link index: whether the link binds the schedule (see {@link #binds}). */
    private final boolean[] binding;

    private ScheduleProblem(Project project, List<StageSpec> stages, List<ResourceSpec> resources,
            List<StockSpec> stocks, PrecedenceGraph graph, List<BudgetWindow> budgetWindows) {
        this.project = project;
        this.stages = List.copyOf(stages);
        this.resources = List.copyOf(resources);
        this.stocks = List.copyOf(stocks);
        this.budgetWindows = List.copyOf(budgetWindows);
        this.graph = graph;
        this.milestones = stages.stream().anyMatch(s -> s.milestoneWeightMilli() > 0);
        int steady = 0;
        for (var resource : resources) {
            steady = Math.max(steady, resource.lastChange());
        }
        for (var window : budgetWindows) {
            steady = Math.max(steady, window.to());
        }
        this.steadyFrom = steady;
        this.binding = new boolean[graph.links().size()];
        for (int l = 0; l < binding.length; l++) {
            binding[l] = binds(graph.link(l));
        }
    }

    /** Compiles a validated project, with the windows its tranches set on the spend (see {@link FundingWindows}). */
    public static ScheduleProblem of(Project project) {
        return compile(project, true);
    }

    /**
     * Compiles a validated project with its budget caps only: for replaying a plan where the
     * financing is judged on its own, and the work should not wait for money the plan did not wait for.
     */
    public static ScheduleProblem withoutFundingWindows(Project project) {
        return compile(project, false);
    }

    private static ScheduleProblem compile(Project project, boolean fundingWindows) {
        var resourceIndex = new HashMap<String, Integer>();
        var resources = new ArrayList<ResourceSpec>();
        var stockIndex = new HashMap<String, Integer>();
        var stocks = new ArrayList<StockSpec>();
        for (var resource : project.resources()) {
            if (!resource.isRenewable()) {
                stockIndex.put(resource.id(), stocks.size());
                stocks.add(new StockSpec(stocks.size(), resource.id(), resource.name(), resource.capacity()));
                continue;
            }
            var changes = new ArrayList<>(resource.capacityChanges());
            changes.sort(Comparator.comparingInt(c -> c.from()));
            resourceIndex.put(resource.id(), resources.size());
            resources.add(new ResourceSpec(resources.size(), resource.id(), resource.name(), resource.capacity(),
                    changes.stream().mapToInt(c -> c.from()).toArray(),
                    changes.stream().mapToInt(c -> c.capacity()).toArray(),
                    project.dataDate() == null ? 0 : project.dataDate()));
        }
        var calendars = new HashMap<String, WorkCalendar>();
        for (var calendar : project.calendars()) {
            var open = new boolean[calendar.cycle()];
            for (int offset : calendar.open()) {
                open[offset] = true;
            }
            calendars.put(calendar.id(), new WorkCalendar(calendar.id(), open));
        }
        var milestoneWeights = new HashMap<String, Long>();
        for (var milestone : project.milestones()) {
            milestoneWeights.merge(milestone.stage(), Math.round(milestone.weight() * Money.PER_UNIT), Long::sum);
        }
        var stageIndex = new HashMap<String, Integer>();
        for (Stage stage : project.stages()) {
            stageIndex.put(stage.id(), stageIndex.size());
        }
        var stages = new ArrayList<StageSpec>();
        var links = new ArrayList<Link>();
        for (Stage stage : project.stages()) {
            int index = stages.size();
            var modes = new ArrayList<ModeOption>();
            for (var mode : stage.modes()) {
                var demand = new int[resources.size()];
                var consumption = new int[stocks.size()];
                for (Map.Entry<String, Integer> entry : mode.demand().entrySet()) {
                    if (entry.getValue() < 0) {
                        // A dataset's schema refuses these; a project built in code meets this instead.
                        // The decoders book and compare only what a mode takes, never what it would give back.
                        throw new IllegalArgumentException("Stage \"" + stage.id() + "\" in mode \"" + mode.id()
                                + "\" demands " + entry.getValue() + " of \"" + entry.getKey()
                                + "\": a demand cannot be negative. Give 0 or more.");
                    }
                    if (stockIndex.containsKey(entry.getKey())) {
                        consumption[stockIndex.get(entry.getKey())] = entry.getValue();
                    } else {
                        demand[resourceIndex.get(entry.getKey())] = entry.getValue();
                    }
                }
                modes.add(new ModeOption(mode.id(), index, mode.duration(), mode.cost().thousandths(), demand,
                        consumption));
            }
            var calendar = stage.calendar() == null ? WorkCalendar.ALWAYS : calendars.get(stage.calendar());
            int release = stage.release() == null ? 0 : stage.release();
            StageProgress progress = null;
            if (stage.actual() != null) {
                progress = progress(stage, calendar, project.dataDate(), modes);
                modes = new ArrayList<>(List.of(started(modes, stage.actual().mode(), progress)));
                // History is fact: the release bounds only the remaining work, which resumes at the data date.
                release = project.dataDate();
            } else if (project.dataDate() != null) {
                release = Math.max(release, project.dataDate());
            }
            stages.add(new StageSpec(index, stage.id(), stage.system(), calendar, release,
                    stage.deadline() == null ? -1 : stage.deadline(), modes,
                    milestoneWeights.getOrDefault(stage.id(), 0L), progress));
            for (var predecessor : stage.predecessors()) {
                links.add(new Link(stageIndex.get(predecessor.stage()), index, predecessor.type(), predecessor.lag()));
            }
        }
        var windows = new ArrayList<BudgetWindow>();
        for (var cap : project.budgetCaps()) {
            windows.add(new BudgetWindow(windows.size(), cap.from(), cap.to(), cap.max().thousandths()));
        }
        var graph = new PrecedenceGraph(stages.size(), links);
        if (fundingWindows) {
            windows.addAll(FundingWindows.of(project, List.copyOf(windows), stages, graph));
        }
        return new ScheduleProblem(project, stages, resources, stocks, graph, windows);
    }

    /**
     * What of a started stage is history: the open periods of its calendar from its start to its
     * finish (or the data date), and the worked periods left, as the dataset gives them or, by
     * default, its mode's duration less those worked, and at least one.
     */
    private static StageProgress progress(Stage stage, WorkCalendar calendar, int dataDate, List<ModeOption> modes) {
        var actual = stage.actual();
        int until = actual.hasFinished() ? actual.finish() : dataDate;
        var worked = new ArrayList<Integer>();
        for (int t = actual.start(); t < until; t++) {
            if (calendar.isOpen(t)) {
                worked.add(t);
            }
        }
        var history = worked.stream().mapToInt(Integer::intValue).toArray();
        if (actual.hasFinished()) {
            return new StageProgress(StageStatus.COMPLETE, actual.start(), actual.finish(), history, 0);
        }
        int duration = chosen(modes, actual.mode()).duration();
        int remaining = actual.remaining() != null ? actual.remaining() : Math.max(1, duration - history.length);
        return new StageProgress(StageStatus.IN_PROGRESS, actual.start(), -1, history, remaining);
    }

    private static ModeOption chosen(List<ModeOption> modes, String modeId) {
        return modeId == null ? modes.get(0) : modes.stream().filter(m -> m.id().equals(modeId)).findFirst().orElseThrow();
    }

    /**
     * The one mode a started stage has: the one it runs in, lasting the periods it has worked and has
     * still to do, at its cost, which is spread over all of them.
     */
    private static ModeOption started(List<ModeOption> modes, String modeId, StageProgress progress) {
        var mode = chosen(modes, modeId);
        return mode.withDuration(progress.history().length + progress.remaining());
    }

    /**
     * This problem with a baseline: where an earlier plan put each stage (by id), so that the search
     * moves the stages not started least from there, among plans otherwise equal.
     */
    public ScheduleProblem withBaseline(Map<String, Placement> baseline) {
        var placed = stages.stream().map(s -> baseline.containsKey(s.id()) ? s.withBaseline(baseline.get(s.id())) : s)
                .toList();
        return new ScheduleProblem(project, placed, resources, stocks, graph, budgetWindows);
    }

    /** Whether a baseline is given (see {@link #withBaseline}). */
    public boolean hasBaseline() {
        return stages.stream().anyMatch(s -> s.baseline() != null);
    }

    /** The period progress is recorded up to; -1 for a project planned from its start. */
    public int dataDate() {
        return project.dataDate() == null ? -1 : project.dataDate();
    }

    /**
     * Whether {@code link} binds the schedule: history does not answer to links, so a link into a
     * finished stage never does, and one into a stage in progress binds its remaining work under
     * retained logic and nothing under progress override.
     */
    public boolean binds(Link link) {
        var progress = stages.get(link.successor()).progress();
        if (progress == null) {
            return true;
        }
        return !progress.isComplete() && project.outOfSequenceRule() == OutOfSequence.RETAINED_LOGIC;
    }

    /** Whether the link at index {@code l} of {@link #links()} binds the schedule (see {@link #binds}). */
    public boolean binds(int l) {
        return binding[l];
    }

    /**
     * The budget windows that bind the plan: those that end after the data date (a window that ended
     * before it holds only history).
     */
    public List<BudgetWindow> bindingBudgetWindows() {
        return budgetWindows.stream().filter(window -> window.to() > dataDate()).toList();
    }

    /** The links that bind the schedule (see {@link #binds}). */
    public List<Link> bindingLinks() {
        return links().stream().filter(this::binds).toList();
    }

    public Project project() {
        return project;
    }

    public List<StageSpec> stages() {
        return stages;
    }

    public StageSpec stage(int index) {
        return stages.get(index);
    }

    public int stageCount() {
        return stages.size();
    }

    public List<ResourceSpec> resources() {
        return resources;
    }

    /** The non-renewable resources: stocks that modes use up. */
    public List<StockSpec> stocks() {
        return stocks;
    }

    /**
     * The share of the stocks that {@code mode} uses up, summed over the stocks: how lean or hungry
     * a mode is, comparable across stocks of different sizes.
     */
    public double stockShare(ModeOption mode) {
        double share = 0;
        for (var stock : stocks) {
            share += mode.consumption(stock.index()) / (double) Math.max(1, stock.capacity());
        }
        return share;
    }

    /** The precedence links as a graph, with its one topological order. */
    public PrecedenceGraph graph() {
        return graph;
    }

    public List<Link> links() {
        return graph.links();
    }

    public Link link(int index) {
        return graph.link(index);
    }

    /** Indexes into {@link #links()} of the links into stage {@code stage}. */
    public int[] predecessorLinks(int stage) {
        return graph.predecessorLinks(stage);
    }

    /** The stages that {@code stage} follows directly, each once. */
    public int[] predecessors(int stage) {
        return graph.predecessors(stage);
    }

    public int[] successors(int stage) {
        return graph.successors(stage);
    }

    /** Indexes into {@link #links()} of the links out of stage {@code stage}. */
    public int[] successorLinks(int stage) {
        return graph.successorLinks(stage);
    }

    public List<BudgetWindow> budgetWindows() {
        return budgetWindows;
    }

    public int horizon() {
        return project.horizon();
    }

    public boolean hasMilestones() {
        return milestones;
    }

    public Objective objective() {
        if (project.finance().valuesOpening()) {
            return Objective.NET_PRESENT_VALUE;
        }
        return milestones ? Objective.MILESTONES : Objective.MAKESPAN;
    }

    /** The discount factor of each period up to the horizon. */
    public double[] discountFactors() {
        var factors = new double[project.horizon() + 1];
        for (int t = 0; t < factors.length; t++) {
            factors[t] = project.finance().discountFactor(project.periodUnit(), t);
        }
        return factors;
    }

    /** Spend weighted by its discount factor alone: money later costs less, before any financing is known. */
    public SpendWeights discountedSpend() {
        return new SpendWeights(discountFactors());
    }

    /** The opening value of each system that has one. */
    public List<SystemValue> systemValues() {
        var discount = discountFactors();
        return project.finance().openingValue().entrySet().stream()
                .filter(entry -> entry.getValue().thousandths() > 0)
                .map(entry -> new SystemValue(entry.getKey(), entry.getValue().toDouble(), discount))
                .toList();
    }

    public int steadyFrom() {
        return steadyFrom;
    }
}
