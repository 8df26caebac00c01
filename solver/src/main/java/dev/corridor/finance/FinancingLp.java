package dev.corridor.finance;

import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The tranche-allocation linear program: which tranche pays for which period at the least present
 * cost. Per period t (of n a year) and tranche k, in the project's money unit:
 *
 * <pre>
 *   draw[k,t] ≥ 0                 only inside k's window [from, to)
 *   bal[k,t+1] = bal[k,t] + draw[k,t],  bal[k,from] = 0     drawn balance at the start of t
 *   cash[t] = cash[t-1] + Σk (1 - fee_k)·draw[k,t] + gap[t]
 *             - spend[t] - Σ_debt ρ_k·bal[k,t] - Σ_open κ_k·(amount_k - bal[k,t]),  cash[t] ≥ minReserve
 *   Σt draw[k,t] ≤ amount_k ;  min_p·Σ draw ≤ Σ_{k of p} draw ≤ max_p·Σ draw
 *   cash[T-1] ≤ minReserve                                    no money drawn that is not spent
 *   minimise Σt δ_t·( Σk fee_k·draw[k,t] + Σ_{debt, equity} ρ_k·bal[k,t] + Σ_open κ_k·(amount_k - bal[k,t]) + M·gap[t] )
 *            + Σ_{debt, equity} ρ_k·bal[k,T]·Σ_{T ≤ t < H} δ_t
 * </pre>
 *
 * T is the plan's last period and H the horizon: what is still owed when the plan ends goes on
 * costing interest (or cost of equity) until the horizon. That is charged, but not paid from the
 * tranches, since by then the corridor earns; without it the last periods would look free.
 *
 * ρ is the per-period compound rate of the tranche, κ its commitment fee per period, δ_t the
 * discount factor. Loans, bonds and prepayments pay interest in cash; equity's rate is its cost of
 * capital, charged in the objective only; grants are free. The gap variables keep the LP solvable
 * when the tranches fall short, at a penalty M far above any real financing cost.
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
    private final Terms terms;
    private final PeriodNames names;

    FinancingLp(Project project, double[] spend) {
        this.project = project;
        this.spend = spend.clone();
        this.terms = Terms.of(project.periodUnit());
        this.names = new PeriodNames(project);
    }

    Solution solve() {
        int periods = spend.length;
        var finance = project.finance();
        var tranches = project.tranches();
        var model = ENVIRONMENT.newModel();
        var discount = new double[periods];
        for (int t = 0; t < periods; t++) {
            discount[t] = finance.discountFactor(project.periodUnit(), t);
        }
        // Present value of one unit of rate charged in every period from the plan's end to the horizon.
        double afterPlan = 0;
        for (int t = periods; t < project.horizon(); t++) {
            afterPlan += finance.discountFactor(project.periodUnit(), t);
        }

        var draws = new ArrayList<Map<Integer, Variable>>();
        var balances = new ArrayList<Map<Integer, Variable>>();
        var cash = new Variable[periods];
        var gap = new Variable[periods];
        var flows = new org.ojalgo.optimisation.Expression[periods];
        for (int t = 0; t < periods; t++) {
            cash[t] = model.newVariable("cash[" + names.of(t) + "]").lower(finance.minReserve());
            gap[t] = model.newVariable("gap[" + names.of(t) + "]").lower(0).weight(discount[t] * GAP_PENALTY);
            flows[t] = model.newExpression("flow[" + names.of(t) + "]").set(cash[t], 1).set(gap[t], -1);
            if (t > 0) {
                flows[t].set(cash[t - 1], -1);
            }
        }
        double[] committed = new double[periods];
        var commitmentOnAmount = new double[tranches.size()];
        for (var tranche : tranches) {
            var draw = new LinkedHashMap<Integer, Variable>();
            var balance = new LinkedHashMap<Integer, Variable>();
            int from = Math.max(0, tranche.from());
            int to = Math.min(periods, tranche.to());
            for (int t = from; t < to; t++) {
                var variable = model.newVariable("draw[" + tranche.id() + "," + names.of(t) + "]").lower(0)
                        .weight(discount[t] * tranche.upfrontFee());
                draw.put(t, variable);
                flows[t].set(variable, -(1 - tranche.upfrontFee()));
            }
            if (charged(tranche) && to > from) {
                double rate = tranche.kind() == TrancheKind.GRANT ? 0 : terms.compoundRate(tranche.rate());
                double commitment = terms.simpleRate(tranche.commitmentFee());
                // bal[k, periods] is the balance the plan leaves behind: it is charged until the horizon,
                // but paid from the project's income, not from the tranches.
                for (int t = from + 1; t <= periods; t++) {
                    var variable = model.newVariable("bal[" + tranche.id() + "," + names.of(t) + "]").lower(0);
                    balance.put(t, variable);
                    var previous = balance.get(t - 1);
                    var link = model.newExpression("balance[" + tranche.id() + "," + names.of(t) + "]")
                            .set(variable, 1).level(0);
                    if (previous != null) {
                        link.set(previous, -1);
                    }
                    if (draw.containsKey(t - 1)) {
                        link.set(draw.get(t - 1), -1);
                    }
                    if (t == periods) {
                        variable.weight(rate * afterPlan);
                        continue;
                    }
                    boolean open = t < to;
                    variable.weight(discount[t] * (rate - (open ? commitment : 0)));
                    double cashCharge = (paysInterestInCash(tranche) ? rate : 0) - (open ? commitment : 0);
                    if (cashCharge != 0) {
                        flows[t].set(variable, cashCharge);
                    }
                }
                for (int t = from; t < to; t++) {
                    committed[t] += commitment * tranche.amount();
                    commitmentOnAmount[draws.size()] += discount[t] * commitment * tranche.amount();
                }
            }
            draws.add(draw);
            balances.add(balance);
            if (!draw.isEmpty()) {
                var cap = model.newExpression("cap[" + tranche.id() + "]").upper(tranche.amount());
                draw.values().forEach(v -> cap.set(v, 1));
            }
        }
        for (int t = 0; t < periods; t++) {
            flows[t].level(-spend[t] - committed[t]);
        }
        if (periods > 0) {
            // Draw no money the plan does not spend: at the end only the reserve is left in hand.
            cash[periods - 1].upper(finance.minReserve());
        }
        addPartyShares(model, tranches, draws);

        var result = model.minimise();
        if (result.getState() != Optimisation.State.OPTIMAL) {
            throw new IllegalStateException("The financing LP ended " + result.getState()
                    + "; with its gap variables it should always solve. Please report this dataset.");
        }
        var prices = new double[periods];
        var duals = new HashMap<String, Double>();
        for (var dual : result.getDualValues()) {
            duals.merge(dual.getKey().getKey().getName(), dual.doubleValue(), Double::sum);
        }
        for (int t = 0; t < periods; t++) {
            // flow[t] is an equality whose right-hand side falls by one for each unit of spend, and
            // ojAlgo reports an equality's dual as minus d(objective)/d(rhs): so the dual is d(cost)/d(spend[t]).
            prices[t] = duals.getOrDefault(flows[t].getName(), 0.0);
        }
        var charges = new double[tranches.size()];
        for (int k = 0; k < tranches.size(); k++) {
            charges[k] = commitmentOnAmount[k] + weighted(draws.get(k)) + weighted(balances.get(k));
        }
        return new Solution(values(draws, periods), values(gap), prices, charges);
    }

    /** The present-value charges a tranche's variables put into the objective. */
    private static double weighted(Map<Integer, Variable> variables) {
        double total = 0;
        for (var variable : variables.values()) {
            if (variable.isContributionWeightSet()) {
                total += variable.getContributionWeight().doubleValue() * variable.getValue().doubleValue();
            }
        }
        return total;
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

    private static boolean charged(Tranche tranche) {
        return tranche.kind() != TrancheKind.GRANT && tranche.rate() > 0 || tranche.commitmentFee() > 0;
    }

    private static boolean paysInterestInCash(Tranche tranche) {
        return tranche.kind() == TrancheKind.LOAN || tranche.kind() == TrancheKind.BOND
                || tranche.kind() == TrancheKind.PREPAYMENT;
    }

    private static double[][] values(List<Map<Integer, Variable>> variables, int periods) {
        var values = new double[variables.size()][periods];
        for (int k = 0; k < variables.size(); k++) {
            for (var entry : variables.get(k).entrySet()) {
                values[k][entry.getKey()] = entry.getValue().getValue().doubleValue();
            }
        }
        return values;
    }

    private static double[] values(Variable[] variables) {
        var values = new double[variables.length];
        for (int t = 0; t < variables.length; t++) {
            values[t] = variables[t].getValue().doubleValue();
        }
        return values;
    }

    /**
     * The LP's answer: draws by tranche and period, the gap and the price of cash by period, and
     * what each tranche costs in present value (the financing cost is their sum).
     */
    record Solution(double[][] draw, double[] gap, double[] price, double[] charges) {

        double cost() {
            double total = 0;
            for (double charge : charges) {
                total += charge;
            }
            return total;
        }
    }
}
