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
                if (successor.started() && (successor.stage().progress().finish() != null
                        || schedule.progressOverride())) {
                    // History does not answer to links; under progress override neither does the rest of it.
                    continue;
                }
                int bound = link.bound(predecessor.start(), predecessor.finish());
                // Under retained logic a link binds the remaining work of a successor in progress: where it resumes.
                int actual = link.boundsStart() ? successor.resume() : successor.finish();
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
