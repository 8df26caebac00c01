package dev.corridor.support;

import dev.corridor.model.Actual;
import dev.corridor.model.BudgetCap;
import dev.corridor.model.Calendar;
import dev.corridor.model.CapacityChange;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.LinkType;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Small random projects, for decoder tests, with the features a decoder must get right together: crews whose capacity
 * changes, calendars with closed periods, all four link types with lags, releases, modes of no
 * duration, stages in progress at a data date, and tight budget windows, with costs either large or
 * a few thousandths per period (where rounding decides whether a start overspends a window).
 */
public final class DecoderProjects {

    private DecoderProjects() {
    }

    public static Project of(long seed, boolean smallCosts) {
        var random = new Random(seed * 7919 + 13);
        var crews = crews(random);
        var calendars = calendars(random);
        int count = 70 + random.nextInt(60);
        boolean progressed = random.nextInt(3) == 0;
        int dataDate = progressed ? 3 + random.nextInt(6) : -1;
        var stages = new ArrayList<Stage>();
        long costs = 0;
        int periods = 0;
        for (int i = 0; i < count; i++) {
            boolean started = progressed && i < 4;
            var modes = new ArrayList<Mode>();
            for (int m = started ? 1 : 1 + random.nextInt(3); m > 0; m--) {
                int duration = random.nextInt(10) == 0 && !started ? 0 : 1 + random.nextInt(6);
                long cost = duration == 0 ? 0
                        : smallCosts ? duration + random.nextInt(3 * duration + 1) : 1 + random.nextInt(9000);
                var demand = new LinkedHashMap<String, Integer>();
                for (var crew : crews) {
                    if (random.nextInt(3) > 0) {
                        demand.put(crew.id(), random.nextInt(crew.capacity() + 1));
                    }
                }
                modes.add(new Mode("m" + modes.size(), duration, Money.ofThousandths(cost), demand));
                costs += cost;
                periods += Math.max(1, duration);
            }
            String calendar = started || calendars.isEmpty() || random.nextInt(3) > 0 ? null
                    : calendars.get(random.nextInt(calendars.size())).id();
            Integer release = random.nextInt(6) == 0 ? random.nextInt(20) : null;
            stages.add(new Stage("s" + i, "s" + i, CorridorSystem.FREIGHT, calendar, release, null, modes,
                    started ? List.of() : predecessors(random, i),
                    started ? actual(random, dataDate, modes.get(0).duration()) : null));
        }
        var caps = new ArrayList<BudgetCap>();
        long perPeriod = costs / Math.max(1, periods);
        for (int c = 1 + random.nextInt(3); c > 0; c--) {
            int from = random.nextInt(60);
            int length = 2 + random.nextInt(15);
            long max = smallCosts ? 2 + random.nextInt(12 * length)
                    : perPeriod * length * (1 + random.nextInt(4)) / 2 + random.nextInt(50);
            caps.add(new BudgetCap(from, from + length, Money.ofThousandths(max)));
        }
        return new Project(Project.SCHEMA_VERSION, "random " + seed, PeriodUnit.MONTH, LocalDate.of(2028, 1, 1), 2000,
                "USD", "thousand", crews, calendars, caps, stages, List.of(), List.of(), null,
                progressed ? dataDate : null, null);
    }

    private static List<Resource> crews(Random random) {
        var crews = new ArrayList<Resource>();
        for (int c = 1 + random.nextInt(3); c > 0; c--) {
            int capacity = 2 + random.nextInt(4);
            var changes = random.nextBoolean()
                    ? List.of(new CapacityChange(5 + random.nextInt(40), capacity + random.nextInt(3))) : List.<CapacityChange>of();
            crews.add(new Resource("c" + crews.size(), "c" + crews.size(), capacity, changes));
        }
        return crews;
    }

    private static List<Calendar> calendars(Random random) {
        var calendars = new ArrayList<Calendar>();
        for (int c = random.nextInt(3); c > 0; c--) {
            int cycle = 2 + random.nextInt(6);
            var open = new TreeSet<Integer>();
            for (int o = 1 + random.nextInt(cycle); o > 0; o--) {
                open.add(random.nextInt(cycle));
            }
            calendars.add(new Calendar("k" + c, "k" + c, cycle, List.copyOf(open)));
        }
        return calendars;
    }

    private static List<Predecessor> predecessors(Random random, int stage) {
        var links = new ArrayList<Predecessor>();
        var linked = new HashSet<Integer>();
        for (int l = stage == 0 ? 0 : random.nextInt(3); l > 0; l--) {
            int before = random.nextInt(stage);
            var type = random.nextInt(3) == 0 ? LinkType.values()[random.nextInt(4)] : LinkType.FS;
            if (linked.add(before)) {
                links.add(new Predecessor("s" + before, type, random.nextInt(5) - 1));
            }
        }
        return links;
    }

    private static Actual actual(Random random, int dataDate, int duration) {
        int start = random.nextInt(dataDate);
        return start + duration <= dataDate ? new Actual(start, start + duration, null, null)
                : new Actual(start, null, null, null);
    }
}
