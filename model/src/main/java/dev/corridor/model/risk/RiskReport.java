package dev.corridor.model.risk;

import java.util.List;

/**
 * What a risk analysis found: the project's finish (in periods, as a plan's makespan counts them)
 * and cost (in the dataset's money unit) over the iterations, when each system opens, and how often
 * each stage drives the finish.
 *
 * @param policy how each scenario was planned: "fixed", the plan's order and modes replayed
 * @param npv the net present value, each scenario financed at least cost; null without tranches
 * @param funding each calendar year in which some scenario falls short of money; empty without tranches
 */
public record RiskReport(String dataset, int iterations, long seed, String policy, Percentiles finish,
        Percentiles cost,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Percentiles npv,
        List<SystemRisk> systems, List<StageRisk> stages,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<FundingRisk> funding) {

    public RiskReport {
        systems = List.copyOf(systems);
        stages = List.copyOf(stages);
        funding = funding == null ? List.of() : List.copyOf(funding);
    }
}
