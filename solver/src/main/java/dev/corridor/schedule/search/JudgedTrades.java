package dev.corridor.schedule.search;

import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.Decodes;
import dev.corridor.schedule.decode.JustifiedDecoder;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Standing;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mode trades drawn several at a time, the one offered being the trade whose modes decode best with
 * the list as it stands (justified, ranked as the decoder ranks timetables). Most random trades
 * lengthen the plan; the annealing then spends an evaluation of the whole plan on each and turns
 * nearly all of them down. Drawing twelve and offering the best asks the decoder alone about the
 * eleven others, at about half the cost of a move each, and hands the search the trades that may
 * lead somewhere: on J30 multi-mode at 1 s this reached the best known on 24 more of the 552
 * instances than one trade at a time (benchmarks/RESULTS.md, Search experiments). The same for
 * list moves did worse: there the annealing needs its random steps.
 *
 * <p>Used where the makespan is the whole score, so that the decoder's ranking is the score's;
 * where money weighs in, the decode alone cannot judge a trade. A {@link Drawing} serves one step
 * of one solver, whose moves are drawn on one thread.
 */
final class JudgedTrades {

    /** Trades drawn per one offered: 12 and 24 did alike on the hard multi-mode sample, 3, 6 and 48 worse. */
    static final int DRAWS = 12;

    /**
     * At most this many references' worth is remembered for one plan, about 8 MB: a mix is kept with
     * its modes, timetable and order, about four per stage. A thousand-stage plan in a long step could
     * otherwise fill the heap with mixes.
     */
    private static final long REMEMBERED = 1_000_000;

    private JudgedTrades() {
    }

    /** Draws trades against {@code plan} as it stands now; the plan must not change while they are drawn. */
    static Drawing against(CorridorSchedule plan, List<StageJob> choosable, Random random) {
        var order = plan.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
        return new Drawing(ModeTrades.market(plan, choosable), plan.decodes(), random, order);
    }

    /** A mix of modes with the decode the search would make of it, ranked. */
    private record Judged(ModeOption[] modes, JustifiedDecoder.Ranked ranked) {

        Standing standing() {
            return ranked.standing();
        }
    }

    /** The trades of one plan, as it stood when asked. */
    static final class Drawing {

        private final ModeTrades.Market market;
        private final Decodes decodes;
        private final Random random;
        private final int[] order;
        /**
         * The mixes judged so far against this plan. The annealing turns most moves down late in a
         * search, so one step draws many trades, and the same few dozen mixes come up again and again.
         * Keyed by every stage's mode after the trade.
         */
        private final Map<List<ModeOption>, Judged> judged = new HashMap<>();

        private Drawing(ModeTrades.Market market, Decodes decodes, Random random, int[] order) {
            this.market = market;
            this.decodes = decodes;
            this.random = random;
            this.order = order;
        }

        /** The best of {@link #DRAWS} trades; the first drawn wins a tie. */
        ModeTrade next() {
            ModeTrade best = null;
            Judged bestJudged = null;
            for (int draw = 0; draw < DRAWS; draw++) {
                var trade = market.trade(random);
                var judgedTrade = judge(market.modesAfter(trade));
                if (best == null || judgedTrade.standing().isBetterThan(bestJudged.standing())) {
                    best = trade;
                    bestJudged = judgedTrade;
                }
            }
            // The move offered is decoded now, not again when it is done.
            decodes.expect(order, bestJudged.modes(), bestJudged.ranked().justified());
            return best;
        }

        private Judged judge(ModeOption[] traded) {
            if ((long) judged.size() * traded.length * 4 > REMEMBERED) {
                // A long step on a large plan: forgetting costs decodes, never a different choice.
                judged.clear();
            }
            // A view of the array, which nothing changes after: equal mixes are equal keys.
            return judged.computeIfAbsent(Arrays.asList(traded), mix -> new Judged(traded, decodes.judge(order, traded)));
        }
    }
}
