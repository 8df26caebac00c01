package dev.corridor.check;

/** Every precedence link of the dataset, of all four types, with its lag. */
final class LinkRules {

    private LinkRules() {
    }

    static void check(Schedule schedule, Findings findings) {
        var periods = findings.periods();
        for (var successor : schedule.stages()) {
            for (var link : successor.stage().links()) {
                var predecessor = schedule.stage(link.predecessor());
                if (predecessor == null) {
                    continue;
                }
                int bound = link.bound(predecessor.start(), predecessor.finish());
                int actual = link.boundsStart() ? successor.start() : successor.finish();
                if (actual < bound) {
                    var pair = link.predecessor() + " -> " + successor.stage().id();
                    findings.add(Rule.LINK, pair, actual, link.type() + " link " + pair + " (lag " + link.lag()
                            + ") is broken: " + successor.stage().id() + (link.boundsStart() ? " starts" : " finishes")
                            + " here, before " + periods.label(bound) + ", " + link.predecessor() + "'s "
                            + link.predecessorSide() + (link.lag() == 0 ? "" : (link.lag() > 0 ? " + " : " - ")
                            + Math.abs(link.lag())));
                }
            }
        }
    }
}
