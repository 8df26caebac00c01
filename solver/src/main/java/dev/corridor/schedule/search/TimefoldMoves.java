package dev.corridor.schedule.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Where corridor's own moves meet Timefold's local search: the only class that uses Timefold's
 * implementation packages, so that a Timefold upgrade that moves them breaks this file and no other.
 * The moves themselves ({@link ModeTrade}, {@link TakeJustifiedOrder}, a {@link FittedModes.Refit})
 * and the {@link PrecedenceWindow} are plain corridor code.
 *
 * <p>Why not the supported replacements in Timefold 1.32:
 * <ul>
 *   <li>A local search phase takes a custom move only from a {@code MoveIteratorFactory} (impl) or
 *       through the Neighborhoods preview. Neighborhoods replace the whole move selector set,
 *       including the built-in list change and swap moves that the precedence window filters and
 *       the measured weights between kinds of move (benchmarks/RESULTS.md, Search experiments).</li>
 *   <li>A move on the preview {@code Move} API acts through {@code MutableSolutionView}, which has no
 *       way to set a whole list and updates shadow variables after every elementary change. Taking up
 *       a justified order of n stages would decode the plan up to n times instead of once, and a mode
 *       trade once per stage it switches. So {@link Rearrange} stays an {@code AbstractSimplifiedMove},
 *       deprecated for removal since 1.16, whose changes Timefold settles in one update.</li>
 *   <li>The window filters the built-in {@code ListChangeMove} and {@code ListSwapMove}, which are
 *       impl classes, through {@code SelectionFilter}, also impl.</li>
 * </ul>
 */
public final class TimefoldMoves {

    private TimefoldMoves() {
    }

    /**
     * Sets the activity list's whole order (or keeps it, if none is given) and switches some stages'
     * modes, as one move.
     */
    @SuppressWarnings("removal")
    static final class Rearrange extends AbstractSimplifiedMove<CorridorSchedule> {

        private final ActivityList list;
        private final List<StageJob> order;
        private final List<ModeTrade.Switch> switches;
        /** Whether it brings forward a stage that ends the plan, for the move statistics. */
        private final boolean pull;

        Rearrange(ActivityList list, List<StageJob> order, List<ModeTrade.Switch> switches) {
            this(list, order, switches, false);
        }

        private Rearrange(ActivityList list, List<StageJob> order, List<ModeTrade.Switch> switches, boolean pull) {
            this.list = list;
            this.order = order == null ? null : List.copyOf(order);
            this.switches = List.copyOf(switches);
            this.pull = pull;
        }

        static Rearrange of(TakeJustifiedOrder take) {
            return new Rearrange(take.list(), take.order(), List.of());
        }

        static Rearrange of(ModeTrade trade) {
            return new Rearrange(null, null, trade.switches());
        }

        static Rearrange of(PullForward pull) {
            return new Rearrange(pull.list(), pull.order(), pull.switches(), true);
        }

        static Rearrange of(FittedModes.Refit refit) {
            return new Rearrange(refit.order().list(), refit.order().order(), refit.modes().switches());
        }

        private boolean reorders() {
            return order != null && !list.getOrder().equals(order);
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<CorridorSchedule> scoreDirector) {
            return reorders() || switches.stream().anyMatch(change -> change.job().getMode() != change.mode());
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<CorridorSchedule> scoreDirector) {
            if (reorders()) {
                // The started stages head the list, pinned: only the rest is rearranged (the order keeps them).
                // Timefold is told of the stretch that differs only: it updates each listed stage's
                // position there, twice a move with the undo, a tenth of a 10,000-stage search when
                // told of the whole list for a pull that moves one stage a few places.
                var current = list.getOrder();
                int from = list.getStartedCount();
                int to = current.size();
                if (order.size() == to) {
                    while (from < to && current.get(from) == order.get(from)) {
                        from++;
                    }
                    while (to > from && current.get(to - 1) == order.get(to - 1)) {
                        to--;
                    }
                }
                // Where the stretch ends in the new order (the same place, as the orders are as long).
                int newTo = to + order.size() - current.size();
                scoreDirector.beforeListVariableChanged(list, "order", from, to);
                var stretch = current.subList(from, to);
                stretch.clear();
                stretch.addAll(order.subList(from, newTo));
                scoreDirector.afterListVariableChanged(list, "order", from, newTo);
            }
            for (var change : switches) {
                scoreDirector.beforeVariableChanged(change.job(), "mode");
                change.job().setMode(change.mode());
                scoreDirector.afterVariableChanged(change.job(), "mode");
            }
        }

        @Override
        public Rearrange rebase(ScoreDirector<CorridorSchedule> destination) {
            var rebased = new ArrayList<ModeTrade.Switch>(switches.size());
            for (var change : switches) {
                rebased.add(new ModeTrade.Switch(destination.lookUpWorkingObject(change.job()), change.mode()));
            }
            return new Rearrange(list == null ? null : destination.lookUpWorkingObject(list),
                    order == null ? null : order.stream().map(destination::lookUpWorkingObject).toList(), rebased, pull);
        }

        @Override
        public Collection<?> getPlanningEntities() {
            var entities = new ArrayList<Object>();
            if (order != null) {
                entities.add(list);
            }
            switches.forEach(change -> entities.add(change.job()));
            return entities;
        }

        @Override
        public Collection<?> getPlanningValues() {
            var values = new ArrayList<Object>();
            if (order != null) {
                values.addAll(order);
            }
            switches.forEach(change -> values.add(change.mode()));
            return values;
        }

        @Override
        public String getSimpleMoveTypeDescription() {
            if (pull) {
                return order == null ? "PullForward(StageJob.mode)" : "PullForward(ActivityList.order)";
            }
            return order == null ? "ModeTrade(StageJob.mode)"
                    : switches.isEmpty() ? "TakeJustifiedOrder(ActivityList.order)"
                    : "FittedModes(ActivityList.order, StageJob.mode)";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Rearrange move && Objects.equals(order, move.order)
                    && switches.equals(move.switches) && pull == move.pull;
        }

        @Override
        public int hashCode() {
            return Objects.hash(order, switches, pull);
        }

        @Override
        public String toString() {
            var parts = new ArrayList<String>();
            if (order != null) {
                parts.add("order " + order.stream().map(job -> job.getSpec().id()).toList());
            }
            if (!switches.isEmpty()) {
                parts.add("modes " + new ModeTrade(switches));
            }
            return String.join(", ", parts);
        }
    }

    /** Moves drawn one at a time from the plan as it stands when asked: corridor's moves have no fixed list. */
    private abstract static class Drawn implements MoveIteratorFactory<CorridorSchedule, Rearrange> {

        @Override
        public long getSize(ScoreDirector<CorridorSchedule> scoreDirector) {
            return 1;
        }

        @Override
        public Iterator<Rearrange> createOriginalMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector) {
            throw new UnsupportedOperationException("Corridor's own moves are drawn at random from the current plan.");
        }
    }

    /** Offers {@link ModeTrade}s, from stages that have a choice of mode. */
    public static class TradeModes extends Drawn {

        @Override
        public long getSize(ScoreDirector<CorridorSchedule> scoreDirector) {
            return ModeTrades.size(scoreDirector.getWorkingSolution());
        }

        @Override
        public Iterator<Rearrange> createRandomMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector,
                Random random) {
            var plan = scoreDirector.getWorkingSolution();
            var choosable = ModeTrades.choosable(plan);
            // Every move drawn in a step is undone before the next is drawn: the plan stands as it is now.
            var trades = trades(plan, choosable, random);
            return endless(() -> !choosable.isEmpty(), () -> Rearrange.of(trades.get()));
        }

        /** The trades of one step, against the plan as it stands. */
        Supplier<ModeTrade> trades(CorridorSchedule plan, List<StageJob> choosable, Random random) {
            var market = ModeTrades.market(plan, choosable);
            return () -> market.trade(random);
        }
    }

    /** Offers the best of several {@link ModeTrade}s, judged by decoding the list as it stands ({@link JudgedTrades}). */
    public static final class TradeModesJudged extends TradeModes {

        @Override
        Supplier<ModeTrade> trades(CorridorSchedule plan, List<StageJob> choosable, Random random) {
            return JudgedTrades.against(plan, choosable, random)::next;
        }
    }

    /** Offers the {@link TakeJustifiedOrder} of the plan as it stands. */
    public static final class TakeJustifiedOrders extends Drawn {

        @Override
        public Iterator<Rearrange> createRandomMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector,
                Random random) {
            return endless(() -> true, () -> Rearrange.of(JustifiedOrders.of(scoreDirector.getWorkingSolution())));
        }
    }

    /** Offers refits of the modes to the plan as it stands ({@link FittedModes}). */
    public static final class RefitModes extends Drawn {

        /** Kept across steps: Timefold asks for a new iterator every step. */
        private final FittedModes fitted = new FittedModes();

        @Override
        public Iterator<Rearrange> createRandomMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector,
                Random random) {
            return endless(() -> true, () -> Rearrange.of(fitted.next(scoreDirector.getWorkingSolution(), random)));
        }
    }

    /** Offers {@link PullForward}s of the stages that end the plan as it stands ({@link EndStages}). */
    public static final class PullEndStagesForward extends Drawn {

        @Override
        public Iterator<Rearrange> createRandomMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector,
                Random random) {
            var plan = scoreDirector.getWorkingSolution();
            // Drawn afresh each time: each move's plan has its own end. None may be found (every
            // stage at its window's head, already fastest): a move that changes nothing is not doable.
            return endless(() -> true, () -> {
                var pull = EndStages.next(plan, random);
                return pull == null ? new Rearrange(null, null, List.of()) : Rearrange.of(pull);
            });
        }
    }

    private static Iterator<Rearrange> endless(java.util.function.BooleanSupplier any,
            java.util.function.Supplier<Rearrange> next) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return any.getAsBoolean();
            }

            @Override
            public Rearrange next() {
                return next.get();
            }
        };
    }

    /** Lets a list change move through only if the moved stage lands in its precedence window. */
    public static final class ChangeInWindow implements SelectionFilter<CorridorSchedule, Move<CorridorSchedule>> {

        private PrecedenceWindow window;

        @Override
        public boolean accept(ScoreDirector<CorridorSchedule> scoreDirector, Move<CorridorSchedule> move) {
            if (!(move instanceof ListChangeMove<CorridorSchedule> change)) {
                return true;
            }
            window = windowFor(scoreDirector, window);
            var order = scoreDirector.getWorkingSolution().getActivityList().getOrder();
            return window.allowsMove(order, ((StageJob) change.getMovedValue()).getIndex(), change.getDestinationIndex());
        }
    }

    /** Lets a list swap move through only if both stages land in their precedence windows. */
    public static final class SwapInWindow implements SelectionFilter<CorridorSchedule, Move<CorridorSchedule>> {

        private PrecedenceWindow window;

        @Override
        public boolean accept(ScoreDirector<CorridorSchedule> scoreDirector, Move<CorridorSchedule> move) {
            if (!(move instanceof ListSwapMove<CorridorSchedule> swap)) {
                return true;
            }
            window = windowFor(scoreDirector, window);
            var order = scoreDirector.getWorkingSolution().getActivityList().getOrder();
            return window.allowsSwap(order, ((StageJob) swap.getLeftValue()).getIndex(),
                    ((StageJob) swap.getRightValue()).getIndex());
        }
    }

    private static PrecedenceWindow windowFor(ScoreDirector<CorridorSchedule> scoreDirector, PrecedenceWindow cached) {
        var problem = scoreDirector.getWorkingSolution().getProblem();
        return cached != null && cached.serves(problem) ? cached : new PrecedenceWindow(problem);
    }
}
