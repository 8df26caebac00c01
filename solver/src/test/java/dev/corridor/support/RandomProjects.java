package dev.corridor.support;

import dev.corridor.model.BudgetCap;
import dev.corridor.model.Calendar;
import dev.corridor.model.CapacityChange;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Finance;
import dev.corridor.model.LinkType;
import dev.corridor.model.Milestone;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.ShareBounds;
import dev.corridor.model.Stage;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Small random datasets that use every feature of the format at once: modes, all four link types
 * with negative and positive lags, crews whose capacity changes, a stock, seasonal calendars of any
 * cycle, releases, deadlines, budget caps, milestones, tranches of every kind with fees, party
 * shares, a cash reserve and opening values. Always valid; usually, not always, feasible (a tight
 * deadline or cap can make a dataset impossible, which the tests then expect the plan to say). The
 * same seed gives the same dataset.
 */
public final class RandomProjects {

    private final Random random;

    private RandomProjects(long seed) {
        this.random = new Random(seed);
    }

    public static Project generate(long seed) {
        return new RandomProjects(seed).project(seed);
    }

    private Project project(long seed) {
        var unit = List.of(PeriodUnit.MONTH, PeriodUnit.WEEK, PeriodUnit.PERIOD).get(random.nextInt(3));
        var start = unit == PeriodUnit.PERIOD ? null : LocalDate.of(2030, 1 + random.nextInt(12), 1);
        var resources = new ArrayList<Resource>();
        int crews = 1 + random.nextInt(3);
        for (int r = 0; r < crews; r++) {
            int capacity = 1 + random.nextInt(3);
            var changes = new ArrayList<CapacityChange>();
            int from = 0;
            for (int c = random.nextInt(3); c > 0; c--) {
                from += 1 + random.nextInt(15);
                // Crews ramp up and never fall below the base, so every demand fits in every period.
                changes.add(new CapacityChange(from, capacity + random.nextInt(3)));
            }
            resources.add(new Resource("crew-" + r, "Crew " + r, capacity, changes, ResourceKind.RENEWABLE));
        }
        boolean stock = random.nextBoolean();
        var calendars = new ArrayList<Calendar>();
        for (int c = random.nextInt(3); c > 0; c--) {
            int cycle = 2 + random.nextInt(11);
            var open = new TreeSet<Integer>();
            for (int o = 1 + random.nextInt(cycle); o > 0; o--) {
                open.add(random.nextInt(cycle));
            }
            calendars.add(new Calendar("season-" + c, "Season " + c, cycle, List.copyOf(open)));
        }
        int count = 3 + random.nextInt(8);
        var stages = new ArrayList<Stage>();
        long dearestTotal = 0;
        int minimumStock = 0;
        int mostConsumed = 0;
        int longest = 0;
        for (int i = 0; i < count; i++) {
            var modes = new ArrayList<Mode>();
            long dearest = 0;
            int leanest = Integer.MAX_VALUE;
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                int duration = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(6);
                long cost = duration == 0 ? 0 : random.nextLong(1, 2_000_000);
                var demand = new LinkedHashMap<String, Integer>();
                for (var crew : resources) {
                    if (random.nextInt(3) > 0) {
                        demand.put(crew.id(), random.nextInt(crew.capacity() + 1));
                    }
                }
                int consumed = stock ? random.nextInt(4) : 0;
                if (stock) {
                    demand.put("stock", consumed);
                }
                leanest = Math.min(leanest, consumed);
                mostConsumed = Math.max(mostConsumed, consumed);
                dearest = Math.max(dearest, cost);
                longest = Math.max(longest, duration);
                modes.add(new Mode("m" + modes.size(), duration, Money.ofThousandths(cost), demand));
            }
            dearestTotal += dearest;
            minimumStock += leanest;
            var links = new ArrayList<Predecessor>();
            var linked = new HashSet<String>();
            for (int l = i == 0 ? 0 : random.nextInt(3); l > 0; l--) {
                var before = "s" + random.nextInt(i);
                var type = LinkType.values()[random.nextInt(4)];
                if (linked.add(before + type)) {
                    links.add(new Predecessor(before, type, random.nextInt(6) - 2));
                }
            }
            var calendar = !calendars.isEmpty() && random.nextInt(3) == 0
                    ? calendars.get(random.nextInt(calendars.size())).id() : null;
            Integer release = random.nextInt(5) == 0 ? random.nextInt(12) : null;
            // Deadlines are mostly generous; now and then one is tight enough to be missed.
            Integer deadline = random.nextInt(6) == 0 ? (release == null ? 0 : release) + 8 + random.nextInt(60) : null;
            stages.add(new Stage("s" + i, "Stage " + i, CorridorSystem.values()[random.nextInt(4)], calendar, release,
                    deadline, modes, links));
        }
        if (stock) {
            resources.add(new Resource("stock", "Stock", Math.max(minimumStock, mostConsumed) + random.nextInt(6), List.of(), ResourceKind.NONRENEWABLE));
        }
        int horizon = 40 + count * (longest + 1) * 13;
        var caps = new ArrayList<BudgetCap>();
        for (int c = random.nextInt(3); c > 0; c--) {
            int from = random.nextInt(20);
            long max = random.nextInt(4) == 0 ? dearestTotal / 2 : dearestTotal;
            caps.add(new BudgetCap(from, from + 6 + random.nextInt(30), Money.ofThousandths(max)));
        }
        var milestones = random.nextInt(4) == 0
                ? List.of(new Milestone("done", "Done", "s" + (count - 1), 1 + random.nextInt(3))) : List.<Milestone>of();
        return new Project(Project.SCHEMA_VERSION, "random-" + seed, unit, start, horizon, "USD", "thousand", resources,
                calendars, caps, stages, milestones, tranches(dearestTotal, horizon), finance());
    }

    private List<Tranche> tranches(long dearestTotal, int horizon) {
        var tranches = new ArrayList<Tranche>();
        int count = random.nextInt(4);
        for (int k = 0; k < count; k++) {
            var kind = TrancheKind.values()[random.nextInt(TrancheKind.values().length)];
            int from = random.nextInt(3) == 0 ? random.nextInt(10) : 0;
            int to = random.nextInt(3) == 0 ? from + 10 + random.nextInt(horizon - from) : horizon;
            // Together the tranches usually cover the dearest plan and its charges; sometimes not.
            long amount = (dearestTotal + 20_000) * (random.nextInt(5) == 0 ? 1 : 2) / count + random.nextInt(1000);
            tranches.add(new Tranche("t" + k, k % 2 == 0 ? "A" : "B", kind, Money.ofThousandths(amount), from, Math.min(to, horizon),
                    kind == TrancheKind.GRANT ? 0 : random.nextInt(80) / 1000.0, random.nextInt(20) / 1000.0,
                    random.nextInt(10) / 1000.0));
        }
        return tranches;
    }

    private Finance finance() {
        Map<String, ShareBounds> shares = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            shares.put("A", new ShareBounds(0, 1));
            shares.put("B", new ShareBounds(0, random.nextBoolean() ? 1 : 0.9));
        }
        var opening = new EnumMap<CorridorSystem, Money>(CorridorSystem.class);
        if (random.nextInt(3) == 0) {
            opening.put(CorridorSystem.FREIGHT, Money.ofThousandths(random.nextLong(1, 50_000)));
        }
        return new Finance(0.01 + random.nextInt(50) / 1000.0, Money.ofThousandths(random.nextInt(3) * 500L), shares, opening);
    }
}
