package dev.corridor.model.io;

import dev.corridor.model.Calendar;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what a dataset means rather than how it is written: unique ids, references that resolve,
 * no precedence cycles, demands some capacity can meet, windows that open before they close, and
 * sums of money that corridor can count.
 */
final class ProjectValidator {

    /** The fix for a dataset whose money passes what corridor counts. */
    private static final String TOO_MUCH_MONEY = "Count money in a larger unit (\"moneyUnit\": \"million\", amounts "
            + "divided accordingly).";

    private final Project project;
    private final Map<Object, String> paths;
    private final List<Problem> problems = new ArrayList<>();

    ProjectValidator(Project project, Map<Object, String> paths) {
        this.project = project;
        this.paths = paths;
    }

    List<Problem> problems() {
        var resources = unique(project.resources(), Resource::id, "resource");
        var calendars = unique(project.calendars(), Calendar::id, "calendar");
        var stages = unique(project.stages(), Stage::id, "stage");
        unique(project.tranches(), t -> t.id(), "tranche");
        unique(project.milestones(), m -> m.id(), "milestone");

        for (var resource : project.resources()) {
            if (!resource.isRenewable() && !resource.capacityChanges().isEmpty()) {
                problem(resource, ".capacityChanges", "a non-renewable resource is one stock for the whole project; "
                        + "give its total as \"capacity\" and remove the changes.");
            }
        }
        // A capacity change after the horizon is harmless (it never applies), so a shorter horizon
        // does not make a file invalid; mostAvailable() leaves such changes out.
        for (var calendar : project.calendars()) {
            for (int i = 0; i < calendar.open().size(); i++) {
                int offset = calendar.open().get(i);
                if (offset < 0 || offset >= calendar.cycle()) {
                    problem(calendar, ".open[" + i + "]", "offset " + offset + " is outside the cycle; offsets run from 0 to "
                            + (calendar.cycle() - 1) + " (cycle " + calendar.cycle() + ").");
                }
            }
            if (calendar.seasonVariation() >= calendar.cycle()) {
                problem(calendar, ".seasonVariation", "is " + calendar.seasonVariation() + " periods but the cycle is "
                        + calendar.cycle() + "; a season may open late or close early by less than a whole cycle.");
            }
            if (calendar.open().stream().noneMatch(o -> o >= 0 && o < calendar.cycle())) {
                problem(calendar, ".open", "lists no open period, so no stage on calendar \"" + calendar.id()
                        + "\" could ever work. Add at least one offset.");
            }
        }
        for (var cap : project.budgetCaps()) {
            if (cap.from() >= cap.to()) {
                problem(cap, ".to", "is " + cap.to() + " but must be after \"from\" (" + cap.from()
                        + "): the window is [from, to).");
            } else if (cap.to() > project.horizon()) {
                // Past the horizon a cap binds no plan that keeps it, but it would let the scheduler push
                // stages that miss it out to the window's end, and the plan (and its financing) that far.
                problem(cap, ".to", "is period " + cap.to() + ", after the horizon (" + project.horizon()
                        + "); a budget window ends by the horizon. Lower it or extend the horizon.");
            }
        }
        for (var stage : project.stages()) {
            checkStage(stage, resources, calendars, stages);
        }
        checkCycles(stages);
        checkProgress(calendars);
        checkRisks(stages);
        for (var milestone : project.milestones()) {
            if (milestone.stage() != null && !stages.containsKey(milestone.stage())) {
                problem(milestone, ".stage", unknown("stage", milestone.stage(), stages.keySet()));
            }
        }
        checkFinance();
        checkMoneySums();
        return problems;
    }

    private void checkStage(Stage stage, Map<String, Resource> resources, Map<String, Calendar> calendars,
            Map<String, Stage> stages) {
        var label = stage.id() == null ? "this stage" : "Stage \"" + stage.id() + "\"";
        if (stage.calendar() != null && !calendars.containsKey(stage.calendar())) {
            problem(stage, ".calendar", unknown("calendar", stage.calendar(), calendars.keySet()));
        }
        if (stage.release() != null && stage.release() > project.horizon()) {
            problem(stage, ".release", "is period " + stage.release() + ", after the horizon (" + project.horizon()
                    + "). Lower it or extend the horizon.");
        }
        if (stage.release() != null && stage.deadline() != null && stage.deadline() < stage.release()) {
            problem(stage, ".deadline", "is period " + stage.deadline() + ", before the release (" + stage.release()
                    + "). " + label + " could never meet it.");
        }
        unique(stage.modes(), Mode::id, "mode");
        for (var mode : stage.modes()) {
            if (mode.duration() == 0 && mode.cost().thousandths() > 0) {
                problem(mode, ".cost", "is " + mode.cost() + " but the mode takes no time, and cost is spent over the "
                        + "worked periods. Give it a duration, or put the cost on a stage that takes time.");
            }
            if (mode.duration() > project.horizon()) {
                problem(mode, ".duration", "is " + mode.duration() + " periods, longer than the horizon ("
                        + project.horizon() + "). Shorten it or extend the horizon.");
            }
            for (var entry : mode.demand().entrySet()) {
                var resource = resources.get(entry.getKey());
                if (resource == null) {
                    problem(mode, ".demand." + entry.getKey(), unknown("resource", entry.getKey(), resources.keySet()));
                } else if (!resource.isRenewable() && entry.getValue() > resource.capacity()) {
                    problem(mode, ".demand." + entry.getKey(), label + " consumes " + entry.getValue() + " "
                            + resource.name() + " in mode \"" + mode.id() + "\" but the project has only "
                            + resource.capacity() + " in all (resource \"" + resource.id()
                            + "\"). Lower its demand or raise the stock.");
                } else if (resource.isRenewable() && entry.getValue() > mostAvailable(resource)) {
                    problem(mode, ".demand." + entry.getKey(), label + " needs " + entry.getValue() + " "
                            + resource.name() + " in mode \"" + mode.id() + "\" but at most " + mostAvailable(resource)
                            + " exist (resource \"" + resource.id() + "\"). Lower its demand or add a capacity change.");
                }
            }
        }
        var seen = new HashSet<String>();
        for (var link : stage.predecessors()) {
            if (link.stage() == null) {
                continue;
            }
            if (link.stage().equals(stage.id())) {
                problem(link, ".stage", label + " cannot precede itself. Remove this link.");
            } else if (!stages.containsKey(link.stage())) {
                problem(link, ".stage", unknown("stage", link.stage(), stages.keySet()));
            } else if (!seen.add(link.stage() + "/" + link.type())) {
                problem(link, ".stage", "links " + label + " to \"" + link.stage() + "\" by " + link.type()
                        + " a second time. Keep one link and put the larger lag on it.");
            }
            if (Math.abs(link.lag()) > project.horizon()) {
                problem(link, ".lag", "is " + link.lag() + ", more than the whole horizon (" + project.horizon() + ").");
            }
        }
    }

    /**
     * Progress is history: it happened before the data date, in a mode the stage has, and a finished
     * stage has nothing left to do.
     */
    private void checkProgress(Map<String, Calendar> calendars) {
        Integer dataDate = project.dataDate();
        if (dataDate != null && dataDate > project.horizon()) {
            problem(project, ".dataDate", "is period " + dataDate + ", after the horizon (" + project.horizon()
                    + "); the data date is when progress was recorded. Lower it or extend the horizon.");
        }
        for (var stage : project.stages()) {
            var actual = stage.actual();
            if (actual == null) {
                continue;
            }
            if (dataDate == null) {
                problem(stage, ".actual", "records progress but the project has no \"dataDate\"; add the period "
                        + "the progress was recorded up to as \"dataDate\" at the top level.");
                continue;
            }
            if (actual.start() >= dataDate) {
                problem(actual, ".start", "is period " + actual.start() + ", on or after the data date (" + dataDate
                        + "): a stage that has not started by the data date has no actual. Remove \"actual\" or "
                        + "correct the start.");
            }
            var ranIn = actual.mode() != null
                    ? stage.modes().stream().filter(m -> actual.mode().equals(m.id())).findFirst().orElse(null)
                    : stage.modes().isEmpty() ? null : stage.modes().get(0);
            boolean takesTime = ranIn == null || ranIn.duration() > 0;
            if (actual.finish() != null) {
                // A stage of no duration finishes where it starts; one with work to do, after.
                if (actual.finish() < actual.start() || (actual.finish() == actual.start() && takesTime)) {
                    problem(actual, ".finish", "is period " + actual.finish() + ", not after the start (" + actual.start()
                            + "); the finish is the period after the last one worked.");
                } else if (actual.finish() > dataDate) {
                    problem(actual, ".finish", "is period " + actual.finish() + ", after the data date (" + dataDate
                            + "); a finish is history. Remove it (the stage is still running: give \"remaining\" "
                            + "instead) or move the data date.");
                }
                if (actual.remaining() != null) {
                    problem(actual, ".remaining", "is given for a stage that has finished; a finished stage has no "
                            + "remaining work. Remove \"remaining\" or the finish.");
                }
            } else if (actual.remaining() != null && actual.remaining() == 0) {
                problem(actual, ".remaining", "is 0 but the stage has no finish; a stage with no work left has "
                        + "finished: give its actual \"finish\" instead.");
            }
            if (actual.mode() != null && stage.modes().stream().noneMatch(m -> actual.mode().equals(m.id()))) {
                problem(actual, ".mode", "names mode \"" + actual.mode() + "\", which stage \"" + stage.id()
                        + "\" does not have; it has " + stage.modes().stream().map(m -> "\"" + m.id() + "\"").toList()
                        + ".");
            } else if (actual.mode() == null && stage.modes().size() > 1) {
                problem(actual, ".mode", "is missing: stage \"" + stage.id() + "\" has " + stage.modes().size()
                        + " modes; name the one it runs in.");
            }
            var calendar = stage.calendar() == null ? null : calendars.get(stage.calendar());
            if (calendar != null && takesTime && !calendar.isOpen(actual.start())) {
                problem(actual, ".start", "is period " + actual.start() + ", closed in calendar \"" + calendar.id()
                        + "\"; a stage starts in an open period of its calendar. Correct the start or the calendar.");
            }
        }
    }

    /** Risks and correlations name stages and tranches the project has, and do something. */
    private void checkRisks(Map<String, Stage> stages) {
        unique(project.risks(), r -> r.id(), "risk");
        var tranches = new java.util.HashSet<String>();
        project.tranches().forEach(t -> tranches.add(t.id()));
        for (var risk : project.risks()) {
            for (int i = 0; i < risk.stages().size(); i++) {
                var id = risk.stages().get(i);
                if (!stages.containsKey(id)) {
                    problem(risk, ".stages[" + i + "]", unknown("stage", id, stages.keySet()));
                }
            }
            var withdraw = risk.withdraw();
            if (withdraw != null) {
                for (int i = 0; i < withdraw.tranches().size(); i++) {
                    var id = withdraw.tranches().get(i);
                    if (!tranches.contains(id)) {
                        problem(risk, ".withdraw.tranches[" + i + "]", unknown("tranche", id, tranches));
                    }
                }
                if (withdraw.from() > project.horizon()) {
                    problem(risk, ".withdraw.from", "is period " + withdraw.from() + ", after the horizon ("
                            + project.horizon() + "). Lower it or extend the horizon.");
                }
            }
            boolean doesSomething = (!risk.stages().isEmpty() && (risk.delay().high() > 0 || risk.cost().high().thousandths() > 0))
                    || (withdraw != null && !withdraw.tranches().isEmpty());
            if (!doesSomething) {
                problem(risk, "", "changes nothing when it occurs: name the stages it delays or makes dearer "
                        + "(\"stages\" with \"delay\" or \"cost\"), or the tranches it withdraws.");
            }
        }
        for (var correlation : project.correlations()) {
            var named = new java.util.LinkedHashSet<>(correlation.stages());
            if (named.size() < 2) {
                problem(correlation, ".stages", "names " + named.size() + " distinct stage" + (named.size() == 1 ? "" : "s")
                        + "; a correlation ties two or more stages' durations together.");
            }
            for (int i = 0; i < correlation.stages().size(); i++) {
                var id = correlation.stages().get(i);
                if (!stages.containsKey(id)) {
                    problem(correlation, ".stages[" + i + "]", unknown("stage", id, stages.keySet()));
                }
            }
        }
    }

    /**
     * The most units {@code resource} has in any period a stage can work in, [0, horizon): a change
     * from period 0 replaces the base capacity before any stage can use it, of two changes at one
     * period only the later applies, and a change at or after the horizon never applies.
     */
    private int mostAvailable(Resource resource) {
        int most = resource.capacityAt(0);
        for (var change : resource.capacityChanges()) {
            if (change.from() < project.horizon()) {
                most = Math.max(most, resource.capacityAt(change.from()));
            }
        }
        return most;
    }

    /** Depth-first search for a cycle; names the whole cycle so the user can see which link to cut. */
    private void checkCycles(Map<String, Stage> stages) {
        var state = new HashMap<String, Integer>();
        var trail = new ArrayList<String>();
        var reported = new HashSet<Set<String>>();
        for (var id : stages.keySet()) {
            findCycle(id, stages, state, trail, reported);
        }
    }

    /**
     * The same depth-first search, with an explicit stack: a dataset may chain thousands of stages,
     * deeper than the Java stack goes. {@code trail} holds the path from the root, {@code next} how
     * far each stage on it has got through its predecessors.
     */
    private void findCycle(String root, Map<String, Stage> stages, Map<String, Integer> state, List<String> trail,
            Set<Set<String>> reported) {
        if (state.getOrDefault(root, 0) == 2) {
            return;
        }
        var next = new ArrayList<Integer>();
        state.put(root, 1);
        trail.add(root);
        next.add(0);
        while (!trail.isEmpty()) {
            int top = trail.size() - 1;
            var id = trail.get(top);
            var links = stages.get(id).predecessors();
            int index = next.get(top);
            if (index == links.size()) {
                state.put(id, 2);
                trail.remove(top);
                next.remove(top);
                continue;
            }
            next.set(top, index + 1);
            var before = links.get(index).stage();
            if (before == null || before.equals(id) || !stages.containsKey(before)) {
                continue;
            }
            int seen = state.getOrDefault(before, 0);
            if (seen == 1) {
                var cycle = new ArrayList<>(trail.subList(trail.indexOf(before), trail.size()));
                if (reported.add(new HashSet<>(cycle))) {
                    java.util.Collections.reverse(cycle);
                    cycle.add(cycle.get(0));
                    problem(stages.get(before), ".predecessors", "precedence cycle: " + String.join(" → ", cycle)
                            + ". No stage in it could ever start; remove one of these links.");
                }
            } else if (seen == 0) {
                state.put(before, 1);
                trail.add(before);
                next.add(0);
            }
        }
    }

    private void checkFinance() {
        var parties = new HashSet<String>();
        for (var tranche : project.tranches()) {
            if (tranche.party() != null) {
                // A party that could not be read is reported already; the share checks go on without it.
                parties.add(tranche.party());
            }
            if (tranche.from() == tranche.to()) {
                problem(tranche, ".to", "equals \"from\" (" + tranche.from() + "), so the window [from, to) is empty "
                        + "and nothing could be drawn. Make \"to\" later than \"from\".");
            } else if (tranche.from() > tranche.to()) {
                problem(tranche, ".to", "is period " + tranche.to() + " but the window opens at " + tranche.from()
                        + "; \"from\" must not be after \"to\" (the window is [from, to)).");
            }
        }
        for (var entry : project.finance().partyShare().entrySet()) {
            var bounds = entry.getValue();
            if (bounds.min() > bounds.max()) {
                problem(bounds, ".min", "is " + bounds.min() + " but the maximum is " + bounds.max()
                        + "; party \"" + entry.getKey() + "\" needs min ≤ max.");
            }
            if (bounds.min() > 0 && !parties.contains(entry.getKey())) {
                problem(bounds, ".min", "party \"" + entry.getKey() + "\" must carry at least " + bounds.min()
                        + " of the draws but no tranche belongs to it. Add its tranches or set min to 0.");
            }
        }
        if (project.finance().valuesOpening() && project.finance().discountRate() <= 0) {
            problems.add(new Problem("$.finance.discountRate", "must be above 0 when systems have an opening value: "
                    + "earnings from the opening on are valued as a perpetuity, which is finite only when discounted."));
        }
        if (!parties.isEmpty()) {
            // Shares of all draws add up to 1: the parties with money must be allowed to reach it together.
            double most = parties.stream().mapToDouble(party -> {
                var bounds = project.finance().partyShare().get(party);
                return bounds == null ? 1 : bounds.max();
            }).sum();
            if (most < 1 - 1e-9) {
                problems.add(new Problem("$.finance.partyShare", "the parties with tranches may carry at most "
                        + most + " of the draws together, less than all of them, so nothing could be drawn. "
                        + "Raise some maximums."));
            }
        }
        var minimumShares = project.finance().partyShare().values().stream().mapToDouble(b -> b.min()).sum();
        if (minimumShares > 1 + 1e-9) {
            problems.add(new Problem("$.finance.partyShare", "the parties' minimum shares add up to " + minimumShares
                    + ", more than 1. Lower some minimums."));
        }
    }

    /**
     * Money is counted in a long of thousandths, which holds about 9.2 × 10^15 money units. Each value
     * in a dataset is at most 10^15; so are the sums a plan forms from them (its cost, what it draws,
     * what the tranches charge, what the systems are worth), so that none can overflow. Each bound is
     * the most the sum could be, whatever the plan.
     */
    private void checkMoneySums() {
        var limit = Money.MAX.toBigDecimal();
        var dearest = BigDecimal.ZERO;
        for (var stage : project.stages()) {
            var most = stage.modes().stream().map(Mode::cost).max(Money::compareTo).orElse(Money.ZERO);
            dearest = dearest.add(most.toBigDecimal());
        }
        if (dearest.compareTo(limit) > 0) {
            problems.add(new Problem("$.stages", "the stages cost up to " + dearest.toPlainString() + " in all (each in its "
                    + "dearest mode), more than the " + Money.MAX + " (10^15) money units corridor counts in one plan. "
                    + TOO_MUCH_MONEY));
        }
        var lent = project.tranches().stream().map(t -> t.amount().toBigDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (lent.compareTo(limit) > 0) {
            problems.add(new Problem("$.tranches", "the tranches' amounts add up to " + lent.toPlainString()
                    + ", more than the " + Money.MAX + " (10^15) money units corridor counts in one plan. " + TOO_MUCH_MONEY));
        }
        // Per period a tranche charges at most its rate (loans compound to no more than rate / n a period)
        // plus its commitment fee, on at most its whole amount, from period 0 to the horizon: interest on
        // what is still owed at the end is counted up to the horizon.
        double years = project.horizon() / project.periodUnit().periodsPerYear();
        double charges = project.tranches().stream()
                .mapToDouble(t -> t.amount().toDouble() * (t.upfrontFee() + (t.rate() + t.commitmentFee()) * years)).sum();
        if (lent.compareTo(limit) <= 0 && charges > limit.doubleValue()) {
            problems.add(new Problem("$.tranches", String.format(Locale.ROOT, "the tranches could charge up to %.3g over "
                    + "the horizon of %d periods (fees, and interest and commitment fees on their whole amounts in every "
                    + "period), more than the %s (10^15) money units corridor counts. Lower their rates or amounts, "
                    + "shorten the horizon, or count money in a larger unit.", charges, project.horizon(), Money.MAX)));
        }
        var finance = project.finance();
        if (finance.valuesOpening() && finance.discountRate() > 0) {
            // A system open from period 0 on is worth its value per period over 1 - q, q the discount of one period.
            double perPeriod = finance.openingValue().values().stream().mapToDouble(Money::toDouble).sum();
            double worth = perPeriod / (1 - finance.discountFactor(project.periodUnit(), 1));
            if (!(worth <= limit.doubleValue())) {
                problems.add(new Problem("$.finance.openingValue", String.format(Locale.ROOT, "the systems' earnings are "
                        + "worth up to %.3g as a perpetuity at a discount rate of %s a year, more than the %s (10^15) "
                        + "money units corridor counts. Lower the values, raise the discount rate, or count money in a "
                        + "larger unit.", worth, finance.discountRate(), Money.MAX)));
            }
        }
    }

    private <T> Map<String, T> unique(List<T> records, Function<T, String> id, String what) {
        var byId = new LinkedHashMap<String, T>();
        for (var record : records) {
            var key = id.apply(record);
            if (key == null) {
                continue;
            }
            var earlier = byId.putIfAbsent(key, record);
            if (earlier != null) {
                problem(record, ".id", "duplicate " + what + " id \"" + key + "\", already used at " + paths.get(earlier)
                        + ". Give each " + what + " its own id.");
            }
        }
        return byId;
    }

    private static String unknown(String what, String id, Set<String> known) {
        var guess = Fields.closest(id, known.toArray(String[]::new));
        return "refers to " + what + " \"" + id + "\", which does not exist."
                + (guess == null ? " Define it or correct the id." : " Did you mean \"" + guess + "\"?");
    }

    private void problem(Object record, String suffix, String message) {
        var path = paths.getOrDefault(record, "$");
        problems.add(new Problem(path + suffix, message));
    }
}
