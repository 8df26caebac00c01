package dev.corridor.schedule.search;

import static dev.corridor.schedule.Fixtures.modesOf;
import static dev.corridor.schedule.Fixtures.place;
import static dev.corridor.schedule.Fixtures.stockOverdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.io.DatasetFiles;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.JustifiedDecoder;
import dev.corridor.schedule.problem.Ranking;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.Standing;
import dev.corridor.support.Checked;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JudgedTradesTest {

    private static ScheduleProblem problem;
    private static CorridorSchedule plan;
    private static List<StageJob> choosable;

    @BeforeAll
    static void searchedPlanOfAStockBoundInstance() throws Exception {
        problem = ScheduleProblem.of(DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm")));
        plan = searchedPlan(problem);
        choosable = ModeTrades.choosable(plan);
    }

    @Test
    void theTradeOfferedIsTheBestOfTwelveDrawnTheFirstOfThemOnATie() {
        int better = 0;
        for (int seed = 0; seed < 40; seed++) {
            var offered = JudgedTrades.against(plan, choosable, new Random(seed)).next();

            // The same twelve, drawn again from the same seed and judged here.
            var drawn = twelve(plan, choosable, new Random(seed));
            var first = drawn.get(0);
            assertThat(offered).as("seed %d", seed).isEqualTo(best(problem, plan, drawn));
            if (standing(problem, plan, offered).isBetterThan(standing(problem, plan, first))) {
                better++;
            }
        }
        // Judging earns its decodes: a trade drawn alone is often worse than the one offered.
        assertThat(better).isGreaterThan(10);
    }

    @Test
    void aDrawingAskedAgainAndAgainOffersTheBestOfEachTwelveAsAFreshOneWould() {
        // One drawing serves a whole step and remembers the mixes it judged: what it offers must not drift.
        var drawing = JudgedTrades.against(plan, choosable, new Random(5));
        var again = new Random(5);

        for (int ask = 0; ask < 200; ask++) {
            var offered = drawing.next();

            assertThat(offered).as("ask %d", ask).isEqualTo(best(problem, plan, twelve(plan, choosable, again)));
        }
    }

    @Test
    void aPlanAsItStoodWhenAskedIsTheOneJudged() {
        var drawing = JudgedTrades.against(plan, choosable, new Random(3));

        for (int i = 0; i < 50; i++) {
            var trade = drawing.next();
            var modes = modesOf(plan);
            trade.switches().forEach(change -> modes[change.job().getIndex()] = change.mode());

            assertThat(trade.switches()).isNotEmpty();
            assertThat(stockOverdrawn(problem, modes)).as("trade %s", trade).isZero();
        }
    }

    private static CorridorSchedule searchedPlan(ScheduleProblem problem) {
        // A searched plan, whose modes use the stocks up, so that most trades must settle them.
        var searched = new ScheduleSolver(problem).solve(SearchLimits.steps(500), problem.discountedSpend(), null);
        // Every plan a test makes goes through the independent checker.
        Checked.assertHolds(problem.project(), searched.plan());
        var plan = InitialPlan.from(problem, problem.discountedSpend(), searched.order());
        place(problem, plan);
        return plan;
    }

    private static List<ModeTrade> twelve(CorridorSchedule plan, List<StageJob> choosable, Random random) {
        var drawn = new ArrayList<ModeTrade>();
        for (int i = 0; i < JudgedTrades.DRAWS; i++) {
            drawn.add(ModeTrades.trade(plan, choosable, random));
        }
        return drawn;
    }

    /** The first of the trades whose decode ranks best. */
    private static ModeTrade best(ScheduleProblem problem, CorridorSchedule plan, List<ModeTrade> drawn) {
        var best = drawn.get(0);
        for (var trade : drawn) {
            if (standing(problem, plan, trade).isBetterThan(standing(problem, plan, best))) {
                best = trade;
            }
        }
        return best;
    }

    private static Standing standing(ScheduleProblem problem, CorridorSchedule plan, ModeTrade trade) {
        var modes = modesOf(plan);
        trade.switches().forEach(change -> modes[change.job().getIndex()] = change.mode());
        List<StageJob> listed = plan.getActivityList().getOrder();
        var order = listed.stream().mapToInt(StageJob::getIndex).toArray();
        var timetable = new JustifiedDecoder(problem).decode(order, modes);
        return new Ranking(problem).of(timetable.finish(), timetable.makespan(), timetable.forced(), modes);
    }
}
