package dev.corridor.generate;

import dev.corridor.model.BudgetCap;
import dev.corridor.model.Calendar;
import dev.corridor.model.CapacityChange;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Finance;
import dev.corridor.model.LinkType;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.ShareBounds;
import dev.corridor.model.Stage;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic corridor projects of any size, for scaling tests and benchmarks. Every feature of the
 * format is used: stages on parallel work fronts (about twenty stages each, as sections of a line
 * are built side by side), one to three modes, all four link types with lags, seasonal calendars,
 * crews that ramp up, yearly budget caps and tranches of every kind. A larger project has more
 * fronts and more crews, not a longer critical path. The same size and seed always give the same
 * project, and it is always valid.
 */
public final class SyntheticCorridor {

    private static final int CYCLE = 12;
    private static final String[] CALENDARS = {"summer", "open-water", "winter"};
    private static final List<List<Integer>> OPEN = List.of(List.of(5, 6, 7, 8), List.of(6, 7, 8, 9),
            List.of(11, 0, 1, 2, 3));
    private static final CorridorSystem[] SYSTEMS = {CorridorSystem.FREIGHT, CorridorSystem.FREIGHT,
            CorridorSystem.ENERGY, CorridorSystem.DATA, CorridorSystem.SHARED};

    private static final int STAGES_PER_FRONT = 20;

    private final Random random;
    private final int stageCount;
    private final int fronts;

    private SyntheticCorridor(int stageCount, long seed) {
        this.stageCount = stageCount;
        this.random = new Random(seed);
        this.fronts = Math.max(1, (stageCount + STAGES_PER_FRONT - 1) / STAGES_PER_FRONT);
    }

    public static Project generate(int stages, long seed) {
        if (stages < 1) {
            throw new IllegalArgumentException("A project needs at least one stage, not " + stages + ".");
        }
        return new SyntheticCorridor(stages, seed).project(seed);
    }

    private Project project(long seed) {
        int resourceCount = 8;
        var resources = new ArrayList<Resource>();
        for (int r = 0; r < resourceCount; r++) {
            // Enough of each crew for every front to work, once mobilised.
            int full = 3 + fronts + random.nextInt(fronts + 1);
            int start = Math.max(3, full / 3);
            resources.add(new Resource("crew-" + (r + 1), "Crew type " + (r + 1), start,
                    List.of(new CapacityChange(12, Math.max(start, (start + full) / 2)), new CapacityChange(24, full))));
        }
        var calendars = new ArrayList<Calendar>();
        for (int c = 0; c < CALENDARS.length; c++) {
            calendars.add(new Calendar(CALENDARS[c], CALENDARS[c], CYCLE, OPEN.get(c)));
        }
        var stages = new ArrayList<Stage>();
        var earliestFinish = new int[stageCount];
        var totalCost = Money.ZERO;
        int longest = 0;
        for (int i = 0; i < stageCount; i++) {
            var calendar = random.nextInt(10) < 3 ? CALENDARS[random.nextInt(CALENDARS.length)] : null;
            var modes = modes(resources);
            var predecessors = predecessors(i);
            totalCost = totalCost.plus(modes.get(0).cost());
            // A rough critical path, seasonal work taking three times as long: it sizes the horizon.
            int start = 0;
            for (var link : predecessors) {
                start = Math.max(start, earliestFinish[Integer.parseInt(link.stage().substring(1)) - 1] + link.lag());
            }
            earliestFinish[i] = start + modes.get(0).duration() * (calendar == null ? 1 : 3);
            longest = Math.max(longest, earliestFinish[i]);
            stages.add(new Stage("s" + (i + 1), "Stage " + (i + 1), SYSTEMS[i % SYSTEMS.length], calendar,
                    random.nextInt(20) == 0 ? random.nextInt(24) : null, null, modes, predecessors));
        }
        int horizon = CYCLE * ((3 * longest + 60) / CYCLE + 1);
        var caps = new ArrayList<BudgetCap>();
        double perYear = 3 * totalCost.toDouble() * CYCLE / horizon;
        for (int from = 0; from < horizon; from += CYCLE) {
            caps.add(new BudgetCap(from, Math.min(horizon, from + CYCLE), wholeUnits(perYear)));
        }
        return new Project(Project.SCHEMA_VERSION, "Synthetic corridor, " + stageCount + " stages, seed " + seed,
                PeriodUnit.MONTH, LocalDate.of(2030, 1, 1), horizon, "USD", "million", resources, calendars, caps,
                stages, List.of(), tranches(totalCost.toDouble(), horizon), finance());
    }

    private List<Mode> modes(List<Resource> resources) {
        int count = 1 + random.nextInt(3);
        int duration = 1 + random.nextInt(12);
        // Whole thousandths from 5 to 50 money units, as a dataset counts money. Drawn from one
        // nextDouble, as costs always were, so the rest of a seed's project stays as it was.
        long cost = 5_000 + (long) (45_000 * random.nextDouble());
        var demand = new LinkedHashMap<String, Integer>();
        for (int k = 0, n = 1 + random.nextInt(2); k < n; k++) {
            var resource = resources.get(random.nextInt(resources.size()));
            demand.merge(resource.id(), 1 + random.nextInt(Math.min(3, resource.capacity())), Math::max);
        }
        var modes = new ArrayList<Mode>();
        modes.add(new Mode("standard", duration, Money.ofThousandths(cost), demand));
        if (count > 1 && duration > 1) {
            // Faster, dearer, more crew: the trade a planner weighs.
            var more = new LinkedHashMap<String, Integer>();
            demand.forEach((id, units) -> more.put(id, Math.min(capacityOf(resources, id), units + 1)));
            modes.add(new Mode("accelerated", Math.max(1, duration * 2 / 3), Money.ofThousandths((cost * 5 + 2) / 4), more));
        }
        if (count > 2) {
            var less = new LinkedHashMap<String, Integer>();
            demand.forEach((id, units) -> less.put(id, Math.max(1, units - 1)));
            modes.add(new Mode("lean", duration + 1 + duration / 2, Money.ofThousandths((cost * 9 + 5) / 10), less));
        }
        return modes;
    }

    private static int capacityOf(List<Resource> resources, String id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().capacityAt(Integer.MAX_VALUE);
    }

    /**
     * One to three links to recent stages of the same front, now and then one to another front;
     * mostly finish-to-start, as work moves along the line.
     */
    private List<Predecessor> predecessors(int index) {
        int front = index % fronts;
        int position = index / fronts;
        if (position == 0) {
            return List.of();
        }
        var links = new LinkedHashMap<String, Predecessor>();
        for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            int otherFront = random.nextInt(10) == 0 ? random.nextInt(fronts) : front;
            int back = 1 + random.nextInt(Math.min(position, 6));
            int before = (position - back) * fronts + otherFront;
            var id = "s" + (before + 1);
            int kind = random.nextInt(20);
            var link = kind < 16 ? new Predecessor(id, LinkType.FS, random.nextInt(3))
                    : kind < 18 ? new Predecessor(id, LinkType.SS, 1 + random.nextInt(3))
                    : kind < 19 ? new Predecessor(id, LinkType.FF, random.nextInt(3))
                    : new Predecessor(id, LinkType.SF, 2 + random.nextInt(3));
            links.putIfAbsent(id + link.type(), link);
        }
        return new ArrayList<>(links.values());
    }

    private List<Tranche> tranches(double totalCost, int horizon) {
        var tranches = new ArrayList<Tranche>();
        var kinds = TrancheKind.values();
        var parties = new String[] {"US", "RU", "LENDERS", "PRIVATE"};
        // Twice the cost: a build held to the yearly caps runs for decades, and the loans, bonds and
        // prepayments pay interest in cash until it ends. At 1.4 times, as first generated, a seed
        // whose dear tranches opened early and cheap ones late left every plan short of money.
        double left = 2.0 * totalCost;
        int count = 8;
        for (int k = 0; k < count; k++) {
            var kind = k < 2 ? TrancheKind.GRANT : kinds[k % kinds.length];
            int from = k < 2 ? 0 : random.nextInt(Math.max(1, horizon / 3));
            int to = k < 2 ? horizon : Math.min(horizon, from + horizon / 2 + random.nextInt(Math.max(1, horizon / 2)));
            var amount = wholeUnits(left / (count - k) * (k < 2 ? 1.5 : 0.8));
            left = Math.max(0, left - amount.toDouble());
            double rate = kind == TrancheKind.GRANT ? 0 : Math.round(1000 * (0.02 + 0.1 * random.nextDouble())) / 1000.0;
            tranches.add(new Tranche("tranche-" + (k + 1), parties[k % parties.length], kind, amount, from, to, rate,
                    kind == TrancheKind.GRANT ? 0 : 0.005, kind == TrancheKind.LOAN ? 0.0025 : 0));
        }
        return tranches;
    }

    private static Finance finance() {
        return new Finance(0.04, wholeUnits(5), Map.of("US", new ShareBounds(0, 0.7), "RU", new ShareBounds(0, 0.7)));
    }

    /** {@code amount} rounded to whole money units, as caps and tranches are given. */
    private static Money wholeUnits(double amount) {
        return Money.ofThousandths(Math.round(amount) * Money.PER_UNIT);
    }
}
