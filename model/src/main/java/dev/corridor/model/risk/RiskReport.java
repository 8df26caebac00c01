package dev.corridor.model.risk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/**
 * What a risk analysis found: the project's finish, cost and net value over the iterations, when
 * each system opens, how often each stage drives the finish, which inputs move the P80 most, the
 * cumulative cost, the years short of money, and whether the iterations were enough.
 *
 * @param policy how each scenario was planned: "fixed", the plan's order and modes replayed; "replan",
 *               re-solved from the plan
 * @param financeStep periods per step of each scenario's financing: 1 period by period, 3 by quarter
 *                    for monthly periods
 * @param tornado the inputs that move the P80 finish most, the largest swing first
 * @param sCurve the cumulative cost by period at P10, P50 and P90
 * @param funding each calendar year in which some scenario falls short of money; empty without tranches
 * @param flexibility the same scenarios under the fixed policy, for a re-planned report; null otherwise
 * @param stopped true when the run was stopped (Ctrl-C) or stopped once stable before all its
 *                iterations: the report is of the iterations done
 */
public record RiskReport(String dataset, int iterations, long seed, String policy, int financeStep, ProjectRisk project,
        List<SystemRisk> systems, List<StageRisk> stages,
        @JsonInclude(Include.NON_EMPTY) List<TornadoBar> tornado,
        @JsonInclude(Include.NON_EMPTY) List<CostPoint> sCurve,
        @JsonInclude(Include.NON_EMPTY) List<FundingRisk> funding,
        Convergence convergence,
        @JsonInclude(Include.NON_NULL) Flexibility flexibility,
        @JsonInclude(Include.NON_DEFAULT) boolean stopped) {

    public RiskReport {
        systems = List.copyOf(systems);
        stages = List.copyOf(stages);
        tornado = tornado == null ? List.of() : List.copyOf(tornado);
        sCurve = sCurve == null ? List.of() : List.copyOf(sCurve);
        funding = funding == null ? List.of() : List.copyOf(funding);
    }
}
