package dev.corridor.cli;

import dev.corridor.model.plan.ChainLink;
import dev.corridor.model.plan.Hold;
import dev.corridor.model.plan.Plan;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The explanation of a plan as a planner reads it: the critical chain, slack, and the score by constraint. */
final class ExplanationText {

    private static final int SLACK_LISTED = 10;

    private ExplanationText() {
    }

    static String of(Plan plan) {
        var text = new StringBuilder();
        var explanation = plan.explanation();
        text.append(String.format(Locale.ROOT, "%s ends %s (period %d).%n", plan.dataset(), when(plan, plan.makespan()),
                plan.makespan()));
        var chain = explanation.criticalChain();
        text.append(String.format(Locale.ROOT, "%nCritical chain, %d stages, first to last; each is held where it is by the one before it or by what it names:%n",
                chain.size()));
        for (var link : chain) {
            text.append(String.format(Locale.ROOT, "  %-9s %-9s %-12s %s%n", when(plan, link.start()),
                    when(plan, link.finish()), link.heldBy(), link.detail()));
        }
        text.append(String.format(Locale.ROOT, "%nWhat holds the chain: %s.%n", holds(chain)));
        text.append(moved(plan));
        text.append(slack(plan));
        text.append(String.format(Locale.ROOT, "%nScore %s by constraint (Timefold's score analysis):%n", plan.score()));
        if (plan.constraints().isEmpty()) {
            text.append("  nothing costs anything.\n");
        }
        for (var constraint : plan.constraints()) {
            text.append(String.format(Locale.ROOT, "  %-6s %14d  %-36s %d matches%n", constraint.level(), -constraint.penalty(),
                    constraint.name(), constraint.matches()));
        }
        return text.toString();
    }

    /** The stages that moved most from the baseline, and what holds each where it is now. */
    private static String moved(Plan plan) {
        var moved = plan.explanation().moved();
        if (moved.isEmpty()) {
            return "";
        }
        var baseline = new java.util.HashMap<String, Integer>();
        plan.stages().forEach(stage -> baseline.put(stage.id(), stage.baselineStart()));
        var text = new StringBuilder(String.format(Locale.ROOT,
                "%nMoved most from the baseline (start, then what holds it there now):%n"));
        for (var link : moved) {
            Integer before = baseline.get(link.stage());
            text.append(String.format(Locale.ROOT, "  %+5d  %-9s %-12s %s%n", before == null ? 0 : link.start() - before,
                    when(plan, link.start()), link.heldBy(), link.detail()));
        }
        return text.toString();
    }

    /** Counts of each kind of hold, and for resources which ones, e.g. "resource 5 (hvdc-crew 4, civil-crew 1)". */
    private static String holds(java.util.List<ChainLink> chain) {
        var counts = new EnumMap<Hold, Integer>(Hold.class);
        Map<String, Integer> resources = new TreeMap<>();
        for (var link : chain) {
            counts.merge(link.heldBy(), 1, Integer::sum);
            if (link.resource() != null) {
                resources.merge(link.resource(), 1, Integer::sum);
            }
        }
        var parts = new java.util.ArrayList<String>();
        counts.forEach((hold, count) -> {
            var part = hold.label() + " " + count;
            if (hold == Hold.RESOURCE) {
                var named = new java.util.ArrayList<String>();
                resources.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> named.add(e.getKey() + " " + e.getValue()));
                part += " (" + String.join(", ", named) + ")";
            }
            parts.add(part);
        });
        return String.join(", ", parts);
    }

    private static String slack(Plan plan) {
        var text = new StringBuilder();
        var known = plan.stages().stream().filter(s -> s.slack() != null).toList();
        long none = known.stream().filter(s -> s.slack() == 0).count();
        text.append(String.format(Locale.ROOT,
                "%nFree slack (periods a stage can start later, all else in place, without breaking a rule or the end):%n"
                        + "  %d of %d stages have none.%n", none, known.size()));
        var most = plan.mostSlack(SLACK_LISTED);
        if (!most.isEmpty()) {
            text.append("  Most slack:\n");
            for (var stage : most) {
                text.append(String.format(Locale.ROOT, "    %4d  %s%n", stage.slack(), stage.id()));
            }
        }
        return text.toString();
    }

    private static String when(Plan plan, int period) {
        return plan.periodLabel(period);
    }
}
