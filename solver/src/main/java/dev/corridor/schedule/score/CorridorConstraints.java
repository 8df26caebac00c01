package dev.corridor.schedule.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintBuilder;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import dev.corridor.model.Money;
import dev.corridor.schedule.BudgetIndex;
import dev.corridor.schedule.Horizon;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.Link;
import dev.corridor.schedule.problem.Objective;
import dev.corridor.schedule.problem.ResourceSpec;
import dev.corridor.schedule.problem.SpendWeights;
import dev.corridor.schedule.problem.StockSpec;
import dev.corridor.schedule.problem.SystemValue;

/**
 * The rules a plan is judged by, in the order a planner would say them. Hard: the plan can be
 * built. Medium: the corridor opens early. Soft: it costs little.
 *
 * <p>The decoder already places stages to respect precedence, calendars, capacity and budgets;
 * these constraints check the result independently, so a plan the decoder had to force shows as
 * infeasible rather than passing silently.
 */
public class CorridorConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                precedence(factory),
                resourceCapacity(factory),
                nonRenewableStock(factory),
                budgetCap(factory),
                moneyBeforeTrancheOpens(factory),
                openSeason(factory),
                releaseDate(factory),
                deadline(factory),
                horizon(factory),
                makespan(factory),
                milestoneCompletion(factory),
                openingValueForgone(factory),
                spendAndFinancingInValue(factory),
                spendAndFinancingCost(factory),
                baselineMovement(factory)
        };
    }

    /**
     * Every stage job, assigned or not: each rule asks itself whether a job is placed (has a mode and a
     * placement), so Timefold's own test for unassigned planning variables, a reflective read of the
     * mode on every change of every job, would only repeat it (a few per cent of a small plan's moves).
     */
    private static UniConstraintStream<StageJob> jobs(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(StageJob.class);
    }

    /**
     * With a baseline, a stage not started keeps its baseline start where nothing better is lost: the
     * soft level, one per period moved, as much as a thousandth of a money unit of spend there, so it
     * decides only among plans otherwise equal. Penalty: periods moved.
     */
    Constraint baselineMovement(ConstraintFactory factory) {
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getSpec().movedFromBaseline(job.start()) > 0)
                .penalize(HardMediumSoftLongScore.ONE_SOFT, job -> job.getSpec().movedFromBaseline(job.start()))
                .asConstraint("Baseline movement");
    }

    /** A successor may not start (or finish) before its link and lag allow. Penalty: periods too early. */
    Constraint precedence(ConstraintFactory factory) {
        return factory.forEach(Link.class)
                .join(jobs(factory), equal(Link::predecessor, StageJob::getIndex))
                .join(jobs(factory), equal((link, before) -> link.successor(), StageJob::getIndex))
                .filter((link, before, after) -> before.isPlaced() && after.isPlaced()
                        && link.violation(before.getPlacement(), after.getPlacement()) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (link, before, after) -> link.violation(before.getPlacement(), after.getPlacement()))
                .asConstraint("Precedence link");
    }

    /** In no period may the stages at work hold more units of a resource than exist. Penalty: units over, per period. */
    Constraint resourceCapacity(ConstraintFactory factory) {
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getMode().usesResources())
                .join(ResourceSpec.class, filtering((job, resource) -> job.getMode().demand(resource.index()) > 0))
                .groupBy((job, resource) -> resource, ResourceLoad.overloads())
                .map((resource, overload) -> overload)
                .filter(overload -> overload.units() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Overload::units)
                .asConstraint("Resource capacity");
    }

    /** The modes chosen may not use up more of a non-renewable stock than the project has. Penalty: units over. */
    Constraint nonRenewableStock(ConstraintFactory factory) {
        return jobs(factory)
                .filter(job -> job.getMode() != null && job.getMode().consumesStock())
                .join(StockSpec.class, filtering((job, stock) -> job.getMode().consumption(stock.index()) > 0))
                .groupBy((job, stock) -> stock, sum((job, stock) -> job.getMode().consumption(stock.index())))
                .filter((stock, used) -> used > stock.capacity())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (stock, used) -> used - stock.capacity())
                .asConstraint("Non-renewable stock");
    }

    /** Spend inside a budget window may not exceed its cap. Penalty: money units over, rounded up. */
    Constraint budgetCap(ConstraintFactory factory) {
        return overspent(factory, false).asConstraint("Budget cap");
    }

    /**
     * Up to the period a tranche opens, the plan spends no more than the tranches open before it can
     * have paid in, net of upfront fees and the cash reserve: no financing could fund more. Penalty:
     * money units over, rounded up.
     */
    Constraint moneyBeforeTrancheOpens(ConstraintFactory factory) {
        return overspent(factory, true).asConstraint("Money before a tranche opens");
    }

    private static UniConstraintBuilder<Overspend, HardMediumSoftLongScore> overspent(ConstraintFactory factory,
            boolean funding) {
        // The same stream up to the windows overspent for both kinds of window, so that Timefold
        // shares its nodes and a job's move books its spend once.
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getMode().costMilli() > 0)
                .join(BudgetIndex.class)
                .groupBy(BudgetSpend.overspends())
                .flattenLast(overspends -> overspends)
                .filter(overspend -> overspend.window().funding() == funding)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Overspend::units);
    }

    /**
     * A seasonal stage starts (and a stage in progress resumes) in an open period of its calendar.
     * Penalty: periods until the season opens.
     */
    Constraint openSeason(ConstraintFactory factory) {
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getMode().duration() > 0
                        && !job.getSpec().calendar().isOpen(job.getPlacement().resume()))
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        job -> job.getSpec().calendar().nextOpen(job.getPlacement().resume()) - job.getPlacement().resume())
                .asConstraint("Work in open season");
    }

    /**
     * No stage starts before its release, nor before the data date; a stage in progress resumes no
     * earlier than the data date. Penalty: periods too early.
     */
    Constraint releaseDate(ConstraintFactory factory) {
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getPlacement().resume() < job.getSpec().release()
                        && !(job.getSpec().isStarted() && job.getSpec().progress().isComplete()))
                .penalize(HardMediumSoftLongScore.ONE_HARD, job -> job.getSpec().release() - job.getPlacement().resume())
                .asConstraint("Release date");
    }

    /** A stage with a deadline finishes by it. Penalty: periods late. */
    Constraint deadline(ConstraintFactory factory) {
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getSpec().hasDeadline() && job.finish() > job.getSpec().deadline())
                .penalize(HardMediumSoftLongScore.ONE_HARD, job -> job.finish() - job.getSpec().deadline())
                .asConstraint("Deadline");
    }

    /** Every stage finishes within the planning horizon. Penalty: periods beyond it. */
    Constraint horizon(ConstraintFactory factory) {
        return jobs(factory)
                .filter(StageJob::isPlaced)
                .join(Horizon.class, filtering((job, horizon) -> job.finish() > horizon.period()))
                .penalize(HardMediumSoftLongScore.ONE_HARD, (job, horizon) -> job.finish() - horizon.period())
                .asConstraint("Horizon");
    }

    /** The last stage finishes as early as possible. Penalty: the makespan in periods. */
    Constraint makespan(ConstraintFactory factory) {
        return jobs(factory)
                .filter(StageJob::isPlaced)
                .groupBy(new LatestFinish())
                .join(Horizon.class, filtering((makespan, horizon) -> horizon.objective() == Objective.MAKESPAN))
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, (makespan, horizon) -> makespan)
                .asConstraint("Makespan");
    }

    /** Milestones finish early, by weight. Penalty: weight (in thousandths) times finish period. */
    Constraint milestoneCompletion(ConstraintFactory factory) {
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getSpec().milestoneWeightMilli() > 0)
                .join(Horizon.class, filtering((job, horizon) -> horizon.objective() == Objective.MILESTONES))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (job, horizon) -> job.getSpec().milestoneWeightMilli() * job.finish())
                .asConstraint("Milestone completion");
    }

    /**
     * A system earns from its opening, when its last stage is done: every period later forgoes a
     * period's earnings. Penalty: the present value forgone, in thousandths of the money unit.
     */
    Constraint openingValueForgone(ConstraintFactory factory) {
        return jobs(factory)
                .filter(StageJob::isPlaced)
                // Only systems with an opening value: keeping the latest finish costs on every move.
                .ifExists(SystemValue.class, equal(job -> job.getSpec().system(), SystemValue::system))
                .groupBy(job -> job.getSpec().system(), new LatestFinish())
                .join(SystemValue.class, equal((system, finish) -> system, SystemValue::system))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (system, finish, value) -> value.forgoneMilli(finish))
                .asConstraint("Opening value forgone");
    }

    /**
     * When plans are judged by net present value, their spend counts against the opening value:
     * each period's spend at its discount factor plus the financing price of cash there.
     * Penalty: the weighted spend in thousandths of the money unit.
     */
    Constraint spendAndFinancingInValue(ConstraintFactory factory) {
        return weightedSpend(factory, true)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (job, weights) -> weights.weightedCostMilli(job.spending()))
                .asConstraint("Spend and financing in value");
    }

    /**
     * Otherwise, among equally good plans, the one whose spend costs less: cheaper modes, spend
     * later (discounted) and in periods where money is cheap. Penalty: the weighted spend in thousandths.
     */
    Constraint spendAndFinancingCost(ConstraintFactory factory) {
        return weightedSpend(factory, false)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (job, weights) -> weights.weightedCostMilli(job.spending()))
                .asConstraint("Spend and financing cost");
    }

    private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<StageJob, SpendWeights> weightedSpend(
            ConstraintFactory factory, boolean netPresentValue) {
        return jobs(factory)
                .filter(job -> job.isPlaced() && job.getMode().costMilli() > 0)
                .ifExists(Horizon.class, filtering(
                        (job, horizon) -> (horizon.objective() == Objective.NET_PRESENT_VALUE) == netPresentValue))
                .join(SpendWeights.class);
    }
}
