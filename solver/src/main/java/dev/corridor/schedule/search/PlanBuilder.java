package dev.corridor.schedule.search;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dev.corridor.model.Calendar;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import dev.corridor.model.plan.BudgetUse;
import dev.corridor.model.plan.ConstraintScore;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.PlanStats;
import dev.corridor.model.plan.ResourceProfile;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.plan.StageStatus;
import dev.corridor.schedule.problem.StageSpec;
import dev.corridor.model.plan.StockUse;
import dev.corridor.model.plan.SystemCompletion;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Turns the solver's best solution into a {@link Plan}, with the profiles a planner checks. */
final class PlanBuilder {

    private PlanBuilder() {
    }

    static Plan build(ScheduleProblem problem, CorridorSchedule solution,
            ScoreAnalysis<HardMediumSoftLongScore> analysis, PlanStats stats) {
        var project = problem.project();
        var jobs = new ArrayList<>(solution.getJobs());
        jobs.sort(Comparator.comparingInt(StageJob::getIndex));
        int makespan = jobs.stream().filter(StageJob::isPlaced).mapToInt(StageJob::finish).max().orElse(0);
        int length = Math.max(makespan, 1);

        var stages = new ArrayList<StagePlan>();
        var systemFinish = new EnumMap<CorridorSystem, int[]>(CorridorSystem.class);
        var spendMilli = new long[length];
        var used = new int[problem.resources().size()][length];
        // Every sum is of whole thousandths, so the plan's money adds up exactly: total cost = Σ stage
        // costs = Σ spend per period, and each budget window's spend is a sum of those periods.
        long totalCost = 0;
        for (var job : jobs) {
            var spec = job.getSpec();
            var stage = project.stages().get(spec.index());
            var mode = job.getMode();
            stages.add(new StagePlan(spec.id(), stage.name(), spec.system(), mode.id(), job.start(), job.finish(),
                    project.dateOf(job.start()), project.dateOf(job.finish()), Money.ofThousandths(mode.costMilli()),
                    stage.calendar(), null, status(problem, spec), resume(spec, job),
                    spec.baseline() == null ? null : spec.baseline().start(),
                    spec.baseline() == null ? null : spec.baseline().finish()));
            totalCost = Math.addExact(totalCost, mode.costMilli());
            systemFinish.computeIfAbsent(spec.system(), s -> new int[2]);
            var completion = systemFinish.get(spec.system());
            completion[0] = Math.max(completion[0], job.finish());
            completion[1]++;
            for (var spend : job.spending()) {
                spendMilli[spend.period()] += spend.milli();
            }
            for (var use : job.resourceUses(problem.resources())) {
                used[use.resource().index()][use.period()] += use.units();
            }
        }
        var systems = new ArrayList<SystemCompletion>();
        systemFinish.forEach((system, completion) ->
                systems.add(new SystemCompletion(system, completion[0], project.dateOf(completion[0]), completion[1])));

        var resources = new ArrayList<ResourceProfile>();
        for (var resource : problem.resources()) {
            var usage = new ArrayList<Integer>();
            var capacity = new ArrayList<Integer>();
            int peak = 0;
            int peakPeriod = 0;
            for (int t = 0; t < makespan; t++) {
                int units = used[resource.index()][t];
                usage.add(units);
                capacity.add(resource.capacityAt(t));
                if (units > peak) {
                    peak = units;
                    peakPeriod = t;
                }
            }
            resources.add(new ResourceProfile(resource.id(), resource.name(), peak, peakPeriod, usage, capacity));
        }

        var spend = new ArrayList<Money>();
        for (int t = 0; t < makespan; t++) {
            spend.add(Money.ofThousandths(spendMilli[t]));
        }
        var budget = new ArrayList<BudgetUse>();
        for (var window : problem.budgetWindows()) {
            if (window.funding()) {
                // Derived from the tranches, not given: the financing section reports the money.
                continue;
            }
            long spent = 0;
            for (int t = window.from(); t < Math.min(window.to(), makespan); t++) {
                spent += spendMilli[t];
            }
            budget.add(new BudgetUse(window.from(), window.to(), Money.ofThousandths(window.maxMilli()),
                    Money.ofThousandths(spent)));
        }

        var score = solution.getScore();
        return new Plan(project.name(), score.isFeasible(), score.toString(), makespan, project.dateOf(makespan),
                project.periodUnit(), project.startDate(), project.currency(), project.moneyUnit(),
                Money.ofThousandths(totalCost),
                stages, systems, resources, stocks(problem, jobs), spend, budget, null, null, null,
                constraintScores(analysis), stats, calendarsUsed(project), null, project.dataDate());
    }

    /** Where the stage stands at the data date; null for a plan without one. */
    private static StageStatus status(ScheduleProblem problem, StageSpec spec) {
        if (problem.dataDate() < 0) {
            return null;
        }
        return spec.isStarted() ? spec.progress().status() : StageStatus.NOT_STARTED;
    }

    /** Where the remaining work of a stage in progress begins; null for every other stage. */
    private static Integer resume(StageSpec spec, StageJob job) {
        return spec.isStarted() && !spec.progress().isComplete() ? job.getPlacement().resume() : null;
    }

    /** The calendars some stage works by, in the dataset's order. */
    private static List<Calendar> calendarsUsed(Project project) {
        var used = project.stages().stream().map(Stage::calendar).filter(Objects::nonNull).collect(Collectors.toSet());
        return project.calendars().stream().filter(calendar -> used.contains(calendar.id())).toList();
    }

    private static List<StockUse> stocks(ScheduleProblem problem, List<StageJob> jobs) {
        var uses = new ArrayList<StockUse>();
        for (var stock : problem.stocks()) {
            int used = jobs.stream().mapToInt(job -> job.getMode().consumption(stock.index())).sum();
            uses.add(new StockUse(stock.id(), stock.name(), used, stock.capacity()));
        }
        return uses;
    }

    private static List<ConstraintScore> constraintScores(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        var scores = new ArrayList<ConstraintScore>();
        for (var constraint : analysis.constraintAnalyses()) {
            var score = constraint.score();
            if (score.isZero()) {
                continue;
            }
            String level;
            long penalty;
            if (score.hardScore() != 0) {
                level = "hard";
                penalty = -score.hardScore();
            } else if (score.mediumScore() != 0) {
                level = "medium";
                penalty = -score.mediumScore();
            } else {
                level = "soft";
                penalty = -score.softScore();
            }
            scores.add(new ConstraintScore(constraint.constraintName(), level, penalty, constraint.matchCount()));
        }
        scores.sort(Comparator.comparing(ConstraintScore::level).thenComparing(ConstraintScore::name));
        return scores;
    }
}
