package dev.corridor.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule's figures as the plan reports them, each against the one recomputed from the
 * dataset: makespan and finish date, each stage's cost and dates, when each system is complete,
 * total cost, spend per period, use of every resource against its capacity, stocks, and spend in
 * every budget window. A figure the plan leaves out is not checked.
 */
final class Figures {

    private final Dataset dataset;
    private final Schedule schedule;
    private final PlanFile plan;
    private final JsonFields fields;
    private final Findings findings;
    private final Periods periods;

    private Figures(Dataset dataset, Schedule schedule, PlanFile plan, Findings findings) {
        this.dataset = dataset;
        this.schedule = schedule;
        this.plan = plan;
        this.fields = plan.fields();
        this.findings = findings;
        this.periods = findings.periods();
    }

    static void check(Dataset dataset, Schedule schedule, Spend spend, int[][] use, PlanFile plan, Findings findings)
            throws Unreadable {
        var figures = new Figures(dataset, schedule, plan, findings);
        figures.stages();
        figures.makespan();
        figures.systems();
        figures.money(spend);
        figures.resources(use);
        figures.stocks();
        figures.budget(spend);
    }

    private void stages() throws Unreadable {
        var root = plan.root();
        var list = fields.objects(root, "stages", PlanFile.ROOT, true);
        for (int i = 0; i < list.size(); i++) {
            var node = list.get(i);
            var path = PlanFile.ROOT + ".stages[" + i + "]";
            var place = schedule.stage(plan.stages().get(i).id());
            if (place == null || place.planned() != plan.stages().get(i)) {
                continue;
            }
            var cost = fields.number(node, "cost", path, false);
            Funding.compareExact(cost, Amounts.ofThousandths(place.mode().costThousandths()), path + ".cost", findings);
            date(node, "startDate", path, place.start());
            date(node, "finishDate", path, place.finish());
        }
    }

    private void makespan() throws Unreadable {
        var root = plan.root();
        var reported = fields.integer(root, "makespan", PlanFile.ROOT, false);
        if (reported != null && reported != schedule.makespan()) {
            findings.figure("$.makespan", reported.toString(), schedule.makespan() + " (the last stage finishes at "
                    + periods.label(schedule.makespan()) + ")");
        }
        date(root, "finishDate", PlanFile.ROOT, schedule.makespan());
    }

    private void systems() throws Unreadable {
        var list = fields.objects(plan.root(), "systems", PlanFile.ROOT, false);
        if (plan.field("systems") == null) {
            return;
        }
        var finish = new LinkedHashMap<String, int[]>();
        for (var place : schedule.stages()) {
            var entry = finish.computeIfAbsent(place.stage().system(), s -> new int[2]);
            entry[0] = Math.max(entry[0], place.finish());
            entry[1]++;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var path = PlanFile.ROOT + ".systems[" + i + "]";
            var system = fields.text(list.get(i), "system", path, true);
            var expected = finish.get(system);
            if (expected == null || !seen.add(system)) {
                findings.figure(path + ".system", system, expected == null ? "no stage of that system" : "it once");
                continue;
            }
            var reportedFinish = fields.integer(list.get(i), "finish", path, false);
            if (reportedFinish != null && reportedFinish != expected[0]) {
                findings.figure(path + ".finish", reportedFinish.toString(), system + " complete at "
                        + periods.label(expected[0]));
            }
            var stages = fields.integer(list.get(i), "stages", path, false);
            if (stages != null && stages != expected[1]) {
                findings.figure(path + ".stages", stages.toString(), expected[1] + " stages of " + system);
            }
            date(list.get(i), "date", path, expected[0]);
        }
        for (var entry : finish.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                findings.figure("$.systems", "no " + entry.getKey(), entry.getKey() + " complete at "
                        + periods.label(entry.getValue()[0]));
            }
        }
    }

    private void money(Spend spend) throws Unreadable {
        var total = BigInteger.ZERO;
        for (var place : schedule.stages()) {
            total = total.add(place.mode().costThousandths());
        }
        Funding.compareExact(fields.number(plan.root(), "totalCost", PlanFile.ROOT, false), Amounts.ofThousandths(total),
                "$.totalCost", findings);
        var reported = fields.numbers(plan.root(), "spend", PlanFile.ROOT);
        if (reported == null) {
            return;
        }
        if (reported.size() != schedule.makespan()) {
            findings.figure("$.spend", reported.size() + " periods", schedule.makespan()
                    + " periods, one for each from 0 to the makespan");
        }
        for (int t = 0; t < Math.min(reported.size(), schedule.makespan()); t++) {
            if (reported.get(t).compareTo(spend.in(t)) != 0) {
                findings.figure("$.spend[" + t + "]", Amounts.text(reported.get(t)), Amounts.text(spend.in(t))
                        + " in " + periods.label(t));
            }
        }
    }

    private void resources(int[][] use) throws Unreadable {
        if (plan.field("resources") == null) {
            return;
        }
        var index = new HashMap<String, Integer>();
        var resources = List.copyOf(dataset.resources().values());
        for (int r = 0; r < resources.size(); r++) {
            index.put(resources.get(r).id(), r);
        }
        var profiles = fields.objects(plan.root(), "resources", PlanFile.ROOT, false);
        var seen = new HashSet<String>();
        for (int i = 0; i < profiles.size(); i++) {
            var path = PlanFile.ROOT + ".resources[" + i + "]";
            var id = fields.text(profiles.get(i), "id", path, true);
            var r = index.get(id);
            if (r == null || !resources.get(r).renewable() || !seen.add(id)) {
                findings.figure(path + ".id", id, r == null ? "no such resource"
                        : resources.get(r).renewable() ? "its profile once" : "no profile for a stock");
                continue;
            }
            profile(profiles.get(i), path, resources.get(r), use[r]);
        }
        for (var resource : resources) {
            if (resource.renewable() && !seen.contains(resource.id())) {
                findings.figure("$.resources", "no profile of " + resource.id(), "one, as for every renewable resource");
            }
        }
    }

    private void profile(JsonNode node, String path, Resource resource, int[] use) throws Unreadable {
        int first = schedule.firstPeriod();
        int makespan = schedule.makespan();
        var used = fields.numbers(node, "used", path);
        var capacity = fields.numbers(node, "capacity", path);
        int peak = 0;
        int peakPeriod = 0;
        for (int t = 0; t < makespan; t++) {
            int units = use[t - first];
            if (units > peak) {
                peak = units;
                peakPeriod = t;
            }
            if (used != null && t < used.size() && used.get(t).compareTo(BigDecimal.valueOf(units)) != 0) {
                findings.figure(path + ".used[" + t + "]", used.get(t).toPlainString(), units + " units of "
                        + resource.id() + " held in " + periods.label(t));
            }
            if (capacity != null && t < capacity.size()
                    && capacity.get(t).compareTo(BigDecimal.valueOf(resource.capacityAt(t))) != 0) {
                findings.figure(path + ".capacity[" + t + "]", capacity.get(t).toPlainString(), "capacity "
                        + resource.capacityAt(t) + " of " + resource.id() + " in " + periods.label(t));
            }
        }
        for (var list : Map.of("used", used == null ? List.of() : used, "capacity",
                capacity == null ? List.of() : capacity).entrySet()) {
            if (!list.getValue().isEmpty() && list.getValue().size() != makespan) {
                findings.figure(path + "." + list.getKey(), list.getValue().size() + " periods", makespan + " periods");
            }
        }
        var reportedPeak = fields.integer(node, "peak", path, false);
        if (reportedPeak != null && reportedPeak != peak) {
            findings.figure(path + ".peak", reportedPeak.toString(), Integer.toString(peak));
        }
        var reportedPeriod = fields.integer(node, "peakPeriod", path, false);
        if (reportedPeriod != null && reportedPeriod != peakPeriod) {
            findings.figure(path + ".peakPeriod", reportedPeriod.toString(), peakPeriod + " (first period at the peak)");
        }
    }

    private void stocks() throws Unreadable {
        var list = fields.objects(plan.root(), "stocks", PlanFile.ROOT, false);
        for (int i = 0; i < list.size(); i++) {
            var path = PlanFile.ROOT + ".stocks[" + i + "]";
            var id = fields.text(list.get(i), "id", path, true);
            var stock = dataset.resources().get(id);
            if (stock == null || stock.renewable()) {
                findings.figure(path + ".id", id, "no stock of that id");
                continue;
            }
            var used = fields.integer(list.get(i), "used", path, false);
            long expected = ResourceRules.stockUsed(stock, schedule);
            if (used != null && used != expected) {
                findings.figure(path + ".used", used.toString(), Long.toString(expected));
            }
            var capacity = fields.integer(list.get(i), "capacity", path, false);
            if (capacity != null && capacity != stock.capacity()) {
                findings.figure(path + ".capacity", capacity.toString(), Integer.toString(stock.capacity()));
            }
        }
    }

    private void budget(Spend spend) throws Unreadable {
        var list = fields.objects(plan.root(), "budget", PlanFile.ROOT, false);
        var caps = dataset.budgetCaps();
        if (plan.field("budget") != null && list.size() != caps.size()) {
            findings.figure("$.budget", list.size() + " windows", caps.size() + " windows, one per budget cap");
        }
        for (int i = 0; i < Math.min(list.size(), caps.size()); i++) {
            var path = PlanFile.ROOT + ".budget[" + i + "]";
            var cap = caps.get(i);
            var from = fields.integer(list.get(i), "from", path, false);
            var to = fields.integer(list.get(i), "to", path, false);
            if ((from != null && from != cap.from()) || (to != null && to != cap.to())) {
                findings.figure(path, "window [" + from + ", " + to + ")", "window " + cap.window());
                continue;
            }
            Funding.compareExact(fields.number(list.get(i), "max", path, false), cap.max(), path + ".max", findings);
            Funding.compareExact(fields.number(list.get(i), "spent", path, false), spend.within(cap.from(), cap.to()),
                    path + ".spent", findings);
        }
    }

    private void date(JsonNode node, String field, String path, int period) throws Unreadable {
        var reported = fields.text(node, field, path, false);
        var expected = periods.dateOf(period);
        if (reported != null && !reported.equals(String.valueOf(expected))) {
            findings.figure(path + "." + field, reported, expected == null ? "no date (the dataset has no start date)"
                    : expected + ", the first day of period " + period);
        }
    }
}
