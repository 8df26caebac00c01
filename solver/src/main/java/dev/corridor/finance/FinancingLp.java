package dev.corridor.finance;

import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The tranche-allocation linear program: which tranche pays for which period at the least present
 * cost (README, "Financing"). The balances drawn from each tranche enter the cash flow only through
 * the charges they cause, so instead of a balance per tranche and period the LP carries one running
 * total of cash charges per period:
 *
 * <pre>
 *   cash[t] = cash[t-1] + Σk (1 - fee_k)·draw[k,t] + gap[t] - spend[t] - Σ_{k open at t} κ_k·amount_k - charge[t]
 *   charge[t] = Σk c_k(t)·bal[k,t]                c_k(t) = ρ_k (loans, bonds, prepayments) - κ_k while k is open
 *             = charge[t-1] + Σk c_k(t)·draw[k,t-1] + Σ_{k closing at t} κ_k·bal[k,t-1]
 * </pre>
 *
 * Each draw then sits in a handful of rows, and each draw's objective weight is its whole stream of
 * discounted charges (fee, interest or cost of equity until the plan ends and on to the horizon,
 * less the commitment fee it saves). The price of cash in period t, d(cost)/d(spend[t]), is the
 * dual of the cash row of t.
 *
 * <p>The LP works in doubles; {@link FundedDraws} turns its answer into whole thousandths that the
 * exact cash flow funds, and costs those.
 *
 * <p>Solved in a private ojAlgo environment without presolvers: presolve rewrites constraints into
 * bounds and loses their dual prices, and the JVM-wide presolver settings stay as the caller left them.
 */
final class FinancingLp {

    /** Cost of one unit of unfunded spend: above any charge a tranche could make over a plan. */
    static final double GAP_PENALTY = 1_000;

    private static final Optimisation.Environment ENVIRONMENT = Optimisation.newEnvironment();

    static {
        ENVIRONMENT.clearPresolvers();
    }

    private final Project project;
    private final double[] spend;
    private final FundedFrom funding;
    private final Terms terms;
    private final PeriodNames names;

    FinancingLp(FundedFrom funding) {
        this.funding = funding;
        this.project = funding.project();
        this.spend = funding.spend().stream().mapToDouble(Money::toDouble).toArray();
        this.terms = Terms.of(project.periodUnit());
        this.names = new PeriodNames(project);
    }

    Solution solve() {
        int periods = spend.length;
        var finance = project.finance();
        var tranches = project.tranches();
        var discounting = Discounting.of(project, periods);
        var discount = discounting.factor();
        double afterPlan = discounting.afterPlan();

        var model = ENVIRONMENT.newModel();
        var flows = new Expression[periods];
        var gaps = new Variable[periods];
        var charge = new Variable[periods];
        var chargeRows = new Expression[periods];
        var level = new double[periods];
        Variable previousCash = null;
        for (int t = 0; t < periods; t++) {
            var cash = model.newVariable("cash[" + names.of(t) + "]").lower(funding.reserveAt(t).toDouble());
            if (t == periods - 1) {
                // Draw no money the plan does not spend: at the end only the reserve is left in hand.
                cash.upper(finance.minReserve().toDouble());
            }
            gaps[t] = model.newVariable("gap[" + names.of(t) + "]").lower(0).weight(discount[t] * GAP_PENALTY);
            flows[t] = model.newExpression("flow[" + names.of(t) + "]").set(cash, 1).set(gaps[t], -1);
            if (previousCash != null) {
                flows[t].set(previousCash, -1);
            }
            previousCash = cash;
            level[t] = -spend[t];
            if (t > 0) {
                charge[t] = model.newVariable("charge[" + names.of(t) + "]");
                flows[t].set(charge[t], 1);
                chargeRows[t] = model.newExpression("charges[" + names.of(t) + "]").set(charge[t], 1).level(0);
                if (charge[t - 1] != null) {
                    chargeRows[t].set(charge[t - 1], -1);
                }
            }
        }
        var draws = new ArrayList<Map<Integer, Variable>>();
        var drawCost = new double[tranches.size()][periods];
        for (int k = 0; k < tranches.size(); k++) {
            var tranche = tranches.get(k);
            double amount = tranche.amount().toDouble();
            var rates = TrancheRates.of(tranche, terms);
            int from = Math.max(0, tranche.from());
            int to = Math.min(periods, tranche.to());
            var draw = new LinkedHashMap<Integer, Variable>();
            for (int t = from; t < to; t++) {
                double weight = discount[t] * tranche.upfrontFee() + afterPlan * rates.costRate();
                for (int u = t + 1; u < periods; u++) {
                    weight += discount[u] * rates.costPerPeriod(u);
                }
                var variable = model.newVariable("draw[" + tranche.id() + "," + names.of(t) + "]").lower(0).weight(weight);
                drawCost[k][t] = weight;
                flows[t].set(variable, -(1 - tranche.upfrontFee()));
                if (t + 1 < periods && rates.cashPerPeriod(t + 1) != 0) {
                    chargeRows[t + 1].set(variable, -rates.cashPerPeriod(t + 1));
                }
                draw.put(t, variable);
            }
            if (rates.commitment() > 0) {
                for (int t = from; t < to; t++) {
                    level[t] -= rates.commitment() * amount;
                }
                if (tranche.to() < periods && tranche.to() > from) {
                    // The window closes: the commitment fee stops being saved on what was drawn before.
                    int closing = tranche.to();
                    for (int t = from; t < closing - 1; t++) {
                        chargeRows[closing].set(draw.get(t), -rates.commitment());
                    }
                }
            }
            draws.add(draw);
            if (!draw.isEmpty()) {
                var cap = model.newExpression("cap[" + tranche.id() + "]").upper(amount);
                draw.values().forEach(v -> cap.set(v, 1));
            }
        }
        for (int t = 0; t < periods; t++) {
            flows[t].level(level[t]);
        }
        addPartyShares(model, tranches, draws);

        var result = model.minimise();
        if (result.getState() != Optimisation.State.OPTIMAL) {
            // ojAlgo's sparse dual simplex, its default at this size, can report a feasible LP
            // infeasible: it did so for a risk scenario whose spend ran one period past the horizon,
            // where the draws of the last period cost no charges after it. The dense tableau solves
            // the same model; it is slower, so it is only the second opinion.
            model.options.sparse = false;
            result = model.minimise();
        }
        if (result.getState() != Optimisation.State.OPTIMAL) {
            throw new IllegalStateException("The financing LP ended " + result.getState()
                    + "; with its gap variables it should always solve. Please report this dataset.");
        }
        var gap = new double[periods];
        for (int t = 0; t < periods; t++) {
            gap[t] = gaps[t].getValue().doubleValue();
        }
        return new Solution(drawValues(draws, periods), gap, prices(result, flows), drawCost);
    }

    private void addPartyShares(ExpressionsBasedModel model, List<Tranche> tranches, List<Map<Integer, Variable>> draws) {
        for (var entry : project.finance().partyShare().entrySet()) {
            var party = entry.getKey();
            var bounds = entry.getValue();
            var atLeast = model.newExpression("share-min[" + party + "]").lower(0);
            var atMost = model.newExpression("share-max[" + party + "]").upper(0);
            for (int k = 0; k < tranches.size(); k++) {
                boolean own = tranches.get(k).party().equals(party);
                for (var draw : draws.get(k).values()) {
                    atLeast.set(draw, (own ? 1 : 0) - bounds.min());
                    atMost.set(draw, (own ? 1 : 0) - bounds.max());
                }
            }
        }
    }

    /**
     * d(cost)/d(spend[t]). The flow row of t is an equality whose right-hand side falls by one for
     * each unit of spend, and ojAlgo reports an equality's dual as minus d(objective)/d(rhs): the dual
     * is the price.
     */
    private static double[] prices(Optimisation.Result result, Expression[] flows) {
        var duals = new java.util.HashMap<String, Double>();
        for (var dual : result.getDualValues()) {
            duals.merge(dual.getKey().getKey().getName(), dual.doubleValue(), Double::sum);
        }
        var prices = new double[flows.length];
        for (int t = 0; t < flows.length; t++) {
            prices[t] = duals.getOrDefault(flows[t].getName(), 0.0);
        }
        return prices;
    }

    private static double[][] drawValues(List<Map<Integer, Variable>> draws, int periods) {
        var values = new double[draws.size()][periods];
        for (int k = 0; k < draws.size(); k++) {
            for (var entry : draws.get(k).entrySet()) {
                values[k][entry.getKey()] = entry.getValue().getValue().doubleValue();
            }
        }
        return values;
    }

    /**
     * The LP's answer: draws by tranche and period, the gap and the price of cash by period, and
     * what one more unit drawn from each tranche in each period would cost in present value (its
     * objective weight; 0 outside the tranche's window).
     */
    record Solution(double[][] draw, double[] gap, double[] price, double[][] drawCost) {
    }
}
