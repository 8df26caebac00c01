package dev.corridor.schedule.problem;

import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What the tranches can have paid in before each of them opens, as windows on the schedule's
 * spend: from the first funded period up to a tranche's opening, the plan may spend no more than
 * the tranches open before it hold, less their upfront fees and the cash reserve.
 *
 * <p>A schedule that breaks one of these cannot be funded, whatever the financing does, so they
 * cut off no plan the financing could pay for. They leave out interest and commitment fees (which
 * depend on the draws) and party shares, so a schedule inside them may still be short; the
 * financing rounds price what is left. Without them the scheduler learns when money arrives only
 * through those prices, one round at a time, which a large plan has no time for.
 */
final class FundingWindows {

    private FundingWindows() {
    }

    /**
     * One window per tranche opening that could bind, numbered on from the caps; none when
     * all the tranches together hold less than the least the work can cost. Then no plan is funded,
     * and holding spend back until a tranche opens would only push it towards periods with still
     * less money: the plan is left to the budget caps and the financing reports what is short. A
     * window that no plan finishing by the horizon and the deadlines could keep is left out too.
     *
     * @param caps the dataset's budget caps: a window they already keep is left out
     */
    static List<BudgetWindow> of(Project project, List<BudgetWindow> caps, List<StageSpec> stages,
            PrecedenceGraph graph) {
        int firstIndex = caps.size();
        var windows = new ArrayList<BudgetWindow>();
        if (project.tranches().isEmpty()) {
            return windows;
        }
        // The least the work not started can cost, and the most the plan can spend: a window holding
        // at least that binds nothing.
        long leastSpend = 0;
        long mostSpend = 0;
        for (var stage : stages) {
            if (stage.progress() == null) {
                leastSpend += stage.modes().stream().mapToLong(ModeOption::costMilli).min().orElse(0);
            }
            mostSpend += stage.modes().stream().mapToLong(ModeOption::costMilli).max().orElse(0);
        }
        // Spend before the data date was paid by draws that are history (as the financing sees it).
        int first = project.dataDate() == null ? 0 : project.dataDate();
        var openings = new TreeSet<Integer>();
        for (var tranche : project.tranches()) {
            if (tranche.from() > first && tranche.from() < Math.min(tranche.to(), project.horizon())) {
                openings.add(tranche.from());
            }
        }
        long reserve = project.finance().minReserve().thousandths();
        if (paidInBefore(project.tranches(), first, Integer.MAX_VALUE) - reserve < leastSpend) {
            return windows;
        }
        var latest = openings.isEmpty() ? null : latestStarts(project.horizon(), stages, graph);
        for (int opening : openings) {
            long cap = Math.max(0, paidInBefore(project.tranches(), first, opening) - reserve);
            if (cap < mostSpend && cap < capsAllow(caps, first, opening)
                    && forcedBefore(stages, latest, project.horizon(), first, opening) <= cap) {
                windows.add(new BudgetWindow(firstIndex + windows.size(), first, opening, cap, true));
            }
        }
        return windows;
    }

    /**
     * The least the stages not started must spend before {@code opening} to finish by the horizon and
     * their deadlines: each started as late as {@code latest} lets it, in whichever mode spends least
     * before then. A window holding less cannot be kept by any plan that keeps the horizon; it is left
     * out, and such a plan is told short of money rather than late.
     */
    static long forcedBefore(List<StageSpec> stages, int[] latest, int horizon, int first, int opening) {
        long forced = 0;
        for (var stage : stages) {
            if (stage.progress() != null) {
                continue;
            }
            long least = Long.MAX_VALUE;
            for (var mode : stage.modes()) {
                int start = Math.max(first, Math.min(latest[stage.index()],
                        latestFinish(stage, horizon) - stage.calendar().span(mode.duration())));
                if (start >= opening) {
                    least = 0;
                    break;
                }
                long spend = 0;
                int[] worked = stage.calendar().workedPeriods(start, mode.duration());
                for (int k = 0; k < worked.length && worked[k] < opening; k++) {
                    spend += Money.spendInWorkedPeriod(mode.costMilli(), mode.duration(), k);
                }
                least = Math.min(least, spend);
            }
            forced += least == Long.MAX_VALUE ? 0 : least;
        }
        return forced;
    }

    /**
     * Per stage, the latest start that lets it and every stage after it finish by the horizon or
     * their deadlines, each taking its shortest span; deadlines and links only pull it earlier.
     */
    static int[] latestStarts(int horizon, List<StageSpec> stages, PrecedenceGraph graph) {
        var shortest = new int[stages.size()];
        for (var stage : stages) {
            shortest[stage.index()] = stage.modes().stream().mapToInt(mode -> stage.calendar().span(mode.duration()))
                    .min().orElse(0);
        }
        var latest = new int[stages.size()];
        var order = graph.topologicalOrder();
        for (int i = order.length - 1; i >= 0; i--) {
            int s = order[i];
            long start = (long) latestFinish(stages.get(s), horizon) - shortest[s];
            for (int l : graph.successorLinks(s)) {
                var link = graph.link(l);
                start = Math.min(start, latest[link.successor()] - link.startToStart(shortest[s], shortest[link.successor()]));
            }
            latest[s] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, start));
        }
        return latest;
    }

    private static int latestFinish(StageSpec stage, int horizon) {
        return stage.deadline() >= 0 ? Math.min(horizon, stage.deadline()) : horizon;
    }

    /**
     * The most the budget caps let the plan spend in [first, opening): the least sum of caps whose
     * windows cover every period there (MAX_VALUE where some period has none). A funding window that
     * holds at least this much is already kept by the caps.
     */
    static long capsAllow(List<BudgetWindow> caps, int first, int opening) {
        int length = opening - first;
        // least[k]: the least sum of caps covering [first, first + k).
        var least = new long[length + 1];
        Arrays.fill(least, Long.MAX_VALUE);
        least[0] = 0;
        for (int k = 0; k < length; k++) {
            if (least[k] == Long.MAX_VALUE) {
                continue;
            }
            for (var cap : caps) {
                if (cap.covers(first + k)) {
                    int reached = Math.min(cap.to(), opening) - first;
                    // Saturating: a sum past what a long holds allows everything, which drops no plan.
                    long sum = least[k] > Long.MAX_VALUE - cap.maxMilli() ? Long.MAX_VALUE : least[k] + cap.maxMilli();
                    least[reached] = Math.min(least[reached], sum);
                }
            }
        }
        return least[length];
    }

    /**
     * The most the tranches with an open period in [first, opening) can pay in, net of upfront
     * fees; rounded up, so the window never asks for less than the financing could do.
     */
    private static long paidInBefore(List<Tranche> tranches, int first, int opening) {
        long total = 0;
        for (var tranche : tranches) {
            if (Math.max(tranche.from(), first) < Math.min(opening, tranche.to())) {
                // In decimals, not doubles: past 2^53 thousandths a double would round the product down.
                total += BigDecimal.valueOf(tranche.amount().thousandths())
                        .multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(tranche.upfrontFee())))
                        .setScale(0, RoundingMode.CEILING).longValueExact();
            }
        }
        return total;
    }
}
