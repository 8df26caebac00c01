package dev.corridor.check;

/** Renewable resources against their capacity in every period, and stocks against what there is. */
final class ResourceRules {

    private ResourceRules() {
    }

    /**
     * Units of each renewable resource held in each period from {@code schedule.firstPeriod()} to
     * the makespan, indexed [resource order][period - firstPeriod].
     */
    static int[][] use(Dataset dataset, Schedule schedule) {
        int first = schedule.firstPeriod();
        int length = Math.max(0, schedule.makespan() - first);
        var resources = dataset.resources().values().stream().toList();
        var use = new int[resources.size()][length];
        for (int r = 0; r < resources.size(); r++) {
            var id = resources.get(r).id();
            for (var place : schedule.stages()) {
                int units = place.mode().demandFor(id);
                if (units > 0) {
                    for (int t : place.worked()) {
                        use[r][t - first] += units;
                    }
                }
            }
        }
        return use;
    }

    static void check(Dataset dataset, Schedule schedule, int[][] use, Findings findings) {
        int first = schedule.firstPeriod();
        int r = 0;
        for (var resource : dataset.resources().values()) {
            if (resource.renewable()) {
                for (int i = 0; i < use[r].length; i++) {
                    int period = first + i;
                    if (period < dataset.decidedFrom()) {
                        // Before the data date use is history: what happened, not what the plan decides.
                        continue;
                    }
                    int capacity = resource.capacityAt(period);
                    if (use[r][i] > capacity) {
                        findings.add(Rule.CAPACITY, resource.id(), period, resource.id() + " holds " + use[r][i]
                                + ", capacity " + capacity);
                    }
                }
            } else {
                long used = stockUsed(resource, schedule);
                if (used > resource.capacity()) {
                    findings.add(Rule.STOCK, resource.id(), "stock " + resource.id() + ": the modes use up " + used
                            + ", the project has " + resource.capacity());
                }
            }
            r++;
        }
    }

    /** What the chosen modes use up of a non-renewable stock, in all. */
    static long stockUsed(Resource stock, Schedule schedule) {
        long used = 0;
        for (var place : schedule.stages()) {
            used += place.mode().demandFor(stock.id());
        }
        return used;
    }
}
