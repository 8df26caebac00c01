package dev.corridor.schedule.problem;

import java.util.Comparator;

/**
 * Where a plan stands, as every part of the scheduler ranks plans (see {@link Ranking}): best first
 * by how far it breaks the rules that must hold, then by money short, then by the objective, then
 * by what its spend and financing cost. Only standings worked out alike are compared.
 *
 * @param broken how far it breaks the hard rules a schedule can break (0 when it breaks none)
 * @param late periods past the horizon and past deadlines, summed over the stages
 * @param moneyShort thousandths of the money unit the tranches do not cover (0 before financing)
 * @param objective lower is better: the makespan, the weighted finish of the milestones, or minus
 *                  the net present value in thousandths
 * @param cost thousandths of the money unit its spend and financing cost in present value (0 where not known)
 */
public record Standing(long broken, long late, long moneyShort, double objective, double cost)
        implements Comparable<Standing> {

    private static final Comparator<Standing> BEST_FIRST = Comparator.comparingLong(Standing::broken)
            .thenComparingLong(Standing::late)
            .thenComparingLong(Standing::moneyShort)
            .thenComparingDouble(Standing::objective)
            .thenComparingDouble(Standing::cost);

    @Override
    public int compareTo(Standing other) {
        return BEST_FIRST.compare(this, other);
    }

    public boolean isBetterThan(Standing other) {
        return compareTo(other) < 0;
    }
}
