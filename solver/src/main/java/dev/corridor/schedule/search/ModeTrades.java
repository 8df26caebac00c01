package dev.corridor.schedule.search;

import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds {@link ModeTrade}s. Each picks one stage and one of its other modes at random, then settles
 * the stocks greedily: if the new mode overdraws them, other stages move to modes that need less,
 * those with the most room to run longer first; if it frees stock, a stage on the critical chain
 * spends it on a faster mode. Only at random: the trades are built from the plan as it stands when
 * they are asked for.
 */
final class ModeTrades {

    private ModeTrades() {
    }

    /** How many single mode changes there are, for the search's count of this neighbourhood. */
    static long size(CorridorSchedule plan) {
        long size = 0;
        for (var job : plan.getJobs()) {
            size += job.getSpec().modes().size() - 1;
        }
        return size;
    }

    /** The stages a trade may start from: those with a choice of mode. */
    static List<StageJob> choosable(CorridorSchedule plan) {
        return plan.getJobs().stream().filter(job -> job.getSpec().modes().size() > 1).toList();
    }

    /** One trade against the plan as it stands, its first stage drawn from {@code choosable}. */
    static ModeTrade trade(CorridorSchedule plan, List<StageJob> choosable, Random random) {
        return market(plan, choosable).trade(random);
    }

    /** What trades against the plan as it stands start from; the plan must not change while it is used. */
    static Market market(CorridorSchedule plan, List<StageJob> choosable) {
        return new Market(plan, choosable);
    }

    /**
     * A plan's modes, the stock they use and each stage's free slack, worked out once for every trade
     * drawn against it: a search draws many in one step (twelve for each judged trade), all against
     * the same plan.
     */
    static final class Market {

        private final ScheduleProblem problem;
        private final List<StageJob> jobs;
        private final List<StageJob> choosable;
        private final ModeOption[] mode;
        private final long[] used;
        private int[] freeSlack;

        private Market(CorridorSchedule solution, List<StageJob> choosable) {
            this.problem = solution.getProblem();
            this.jobs = solution.getJobs();
            this.choosable = choosable;
            int n = problem.stageCount();
            this.mode = new ModeOption[n];
            this.used = new long[problem.stocks().size()];
            for (var job : jobs) {
                mode[job.getIndex()] = job.getMode();
                if (job.getMode() != null) {
                    for (var stock : problem.stocks()) {
                        used[stock.index()] += job.getMode().consumption(stock.index());
                    }
                }
            }
        }

        /** Every stage's mode in the plan with {@code trade} made. */
        ModeOption[] modesAfter(ModeTrade trade) {
            var after = mode.clone();
            for (var change : trade.switches()) {
                after[change.job().getIndex()] = change.mode();
            }
            return after;
        }

        /** One trade, its first stage drawn from the market's {@code choosable}. */
        ModeTrade trade(Random random) {
            return new Trader(this, random).trade();
        }

        /** Periods the stage could finish later in the plan before a successor or the end moves. */
        private int slack(StageJob job) {
            if (freeSlack == null) {
                freeSlack = freeSlack();
            }
            return freeSlack[job.getIndex()];
        }

        private int[] freeSlack() {
            int n = problem.stageCount();
            int end = 0;
            for (var job : jobs) {
                if (job.isPlaced()) {
                    end = Math.max(end, job.finish());
                }
            }
            var slack = new int[n];
            for (var job : jobs) {
                int k = job.getIndex();
                if (!job.isPlaced()) {
                    continue;
                }
                int room = end - job.finish();
                for (int l : problem.successorLinks(k)) {
                    var link = problem.link(l);
                    var after = jobs.get(link.successor());
                    if (after.isPlaced()) {
                        int earliest = link.earliestStart(job.start(), job.finish(), after.getSpec().calendar(),
                                after.getMode().duration());
                        room = Math.min(room, Math.max(0, after.start() - earliest));
                    }
                }
                slack[k] = room;
            }
            return slack;
        }
    }

    /** Builds one trade against a market's plan. */
    private static final class Trader {

        private final ScheduleProblem problem;
        private final Market market;
        private final List<StageJob> choosable;
        private final Random random;
        private final ModeOption[] mode;
        private final boolean[] touched;
        private final long[] used;

        Trader(Market market, Random random) {
            this.problem = market.problem;
            this.market = market;
            this.choosable = market.choosable;
            this.random = random;
            this.mode = market.mode.clone();
            this.touched = new boolean[mode.length];
            this.used = market.used.clone();
        }

        ModeTrade trade() {
            var switches = new ArrayList<ModeTrade.Switch>();
            var first = choosable.get(random.nextInt(choosable.size()));
            var modes = first.getSpec().modes();
            var current = mode[first.getIndex()];
            // Every other mode equally likely: draw among one fewer, and step over the current one.
            int at = modes.indexOf(current);
            int drawn = random.nextInt(at < 0 ? modes.size() : modes.size() - 1);
            var chosen = modes.get(at >= 0 && drawn >= at ? drawn + 1 : drawn);
            long overBefore = overdraw();
            apply(switches, first, chosen);
            long over = overdraw();
            if (over > 0) {
                settle(switches, over);
            } else if (overBefore == 0 && current != null && problem.stockShare(chosen) < problem.stockShare(current)) {
                spend(switches);
            }
            return new ModeTrade(switches);
        }

        /** Other stages take leaner modes until the stocks cover the trade, or no stage can give more. */
        private void settle(List<ModeTrade.Switch> switches, long over) {
            while (over > 0) {
                StageJob best = null;
                ModeOption bestMode = null;
                double bestCost = Double.POSITIVE_INFINITY;
                int ties = 0;
                for (var job : choosable) {
                    int k = job.getIndex();
                    if (touched[k] || mode[k] == null) {
                        continue;
                    }
                    for (var option : job.getSpec().modes()) {
                        if (option == mode[k]) {
                            continue;
                        }
                        long relief = over - overdrawWith(k, option);
                        if (relief <= 0) {
                            continue;
                        }
                        int longer = option.duration() - mode[k].duration();
                        // Time a stage can run longer without moving a successor costs nothing.
                        double cost = (longer > 0 ? Math.max(0, longer - slack(job)) : longer) / (double) relief;
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = job;
                            bestMode = option;
                            ties = 1;
                        } else if (cost == bestCost && random.nextInt(++ties) == 0) {
                            best = job;
                            bestMode = option;
                        }
                    }
                }
                if (best == null) {
                    return;
                }
                apply(switches, best, bestMode);
                over = overdraw();
            }
        }

        /** One stage on the critical chain takes a faster mode with the stock the trade freed. */
        private void spend(List<ModeTrade.Switch> switches) {
            StageJob best = null;
            ModeOption bestMode = null;
            int bestGain = 0;
            int ties = 0;
            for (var job : choosable) {
                int k = job.getIndex();
                if (touched[k] || mode[k] == null || slack(job) > 0) {
                    continue;
                }
                for (var option : job.getSpec().modes()) {
                    int gain = mode[k].duration() - option.duration();
                    if (gain <= 0 || overdrawWith(k, option) > 0) {
                        continue;
                    }
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = job;
                        bestMode = option;
                        ties = 1;
                    } else if (gain == bestGain && random.nextInt(++ties) == 0) {
                        best = job;
                        bestMode = option;
                    }
                }
            }
            if (best != null) {
                apply(switches, best, bestMode);
            }
        }

        private void apply(List<ModeTrade.Switch> switches, StageJob job, ModeOption option) {
            int k = job.getIndex();
            for (var stock : problem.stocks()) {
                used[stock.index()] += option.consumption(stock.index())
                        - (mode[k] == null ? 0 : mode[k].consumption(stock.index()));
            }
            mode[k] = option;
            touched[k] = true;
            switches.add(new ModeTrade.Switch(job, option));
        }

        private long overdraw() {
            long over = 0;
            for (var stock : problem.stocks()) {
                over += Math.max(0, used[stock.index()] - stock.capacity());
            }
            return over;
        }

        private long overdrawWith(int stage, ModeOption option) {
            long over = 0;
            for (var stock : problem.stocks()) {
                int s = stock.index();
                long after = used[s] + option.consumption(s) - mode[stage].consumption(s);
                over += Math.max(0, after - stock.capacity());
            }
            return over;
        }

        private int slack(StageJob job) {
            return market.slack(job);
        }
    }
}
