package dev.corridor.model.risk;

import java.util.List;

/**
 * What a risk analysis found: the project's finish (in periods, as a plan's makespan counts them)
 * and cost (in the dataset's money unit) over the iterations, when each system opens, and how often
 * each stage drives the finish.
 *
 * @param policy how each scenario was planned: "fixed", the plan's order and modes replayed
 */
public record RiskReport(String dataset, int iterations, long seed, String policy, Percentiles finish,
        Percentiles cost, List<SystemRisk> systems, List<StageRisk> stages) {

    public RiskReport {
        systems = List.copyOf(systems);
        stages = List.copyOf(stages);
    }
}
