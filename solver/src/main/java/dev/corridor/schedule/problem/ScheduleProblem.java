package dev.corridor.schedule.problem;

import dev.corridor.model.Money;
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

    private ScheduleProblem(Project project, List<StageSpec> stages, List<ResourceSpec> resources,
            List<StockSpec> stocks, List<Link> links, List<BudgetWindow> budgetWindows) {
        this.project = project;
        this.stages = List.copyOf(stages);
        this.resources = List.copyOf(resources);
        this.stocks = List.copyOf(stocks);
        this.budgetWindows = List.copyOf(budgetWindows);
        this.graph = new PrecedenceGraph(stages.size(), links);
        this.milestones = stages.stream().anyMatch(s -> s.milestoneWeightMilli() > 0);
        int steady = 0;
        for (var resource : resources) {
            steady = Math.max(steady, resource.lastChange());
        }
        for (var window : budgetWindows) {
            steady = Math.max(steady, window.to());
        }
        this.steadyFrom = steady;
    }

    /** Compiles a validated project. */
    public static ScheduleProblem of(Project project) {
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
                    changes.stream().mapToInt(c -> c.capacity()).toArray()));
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
            stages.add(new StageSpec(index, stage.id(), stage.system(), calendar,
                    stage.release() == null ? 0 : stage.release(), stage.deadline() == null ? -1 : stage.deadline(),
                    modes, milestoneWeights.getOrDefault(stage.id(), 0L)));
            for (var predecessor : stage.predecessors()) {
                links.add(new Link(stageIndex.get(predecessor.stage()), index, predecessor.type(), predecessor.lag()));
            }
        }
        var windows = new ArrayList<BudgetWindow>();
        for (var cap : project.budgetCaps()) {
            windows.add(new BudgetWindow(windows.size(), cap.from(), cap.to(), cap.max().thousandths()));
        }
        return new ScheduleProblem(project, stages, resources, stocks, links, windows);
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
