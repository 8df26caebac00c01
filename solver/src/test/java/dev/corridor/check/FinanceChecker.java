package dev.corridor.check;

import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.TrancheKind;
import dev.corridor.model.plan.FinancePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Checks a financing plan from the dataset's definitions alone, sharing no code with the LP:
 * draws inside windows and caps, the cash balance never below the reserve unless the plan reports
 * a gap there, and every party's share inside its bounds. Cash is replayed period by period:
 * draws (less upfront fees) and gaps come in; spend, interest on drawn debt and commitment fees
 * on undrawn amounts go out.
 */
public final class FinanceChecker {

    private static final double TOLERANCE = 1e-4;

    private FinanceChecker() {
    }

    public static List<String> violations(Project project, List<Money> spend, FinancePlan finance) {
        var problems = new ArrayList<String>();
        var tranches = new HashMap<String, dev.corridor.model.Tranche>();
        project.tranches().forEach(t -> tranches.put(t.id(), t));
        int periods = spend.size();
        var drawn = new HashMap<String, double[]>();
        for (var draw : finance.draws()) {
            var tranche = tranches.get(draw.tranche());
            if (tranche == null) {
                problems.add("draw from unknown tranche " + draw.tranche());
                continue;
            }
            if (draw.period() < tranche.from() || draw.period() >= tranche.to()) {
                problems.add("draw from " + tranche.id() + " in period " + draw.period() + " outside its window ["
                        + tranche.from() + ", " + tranche.to() + ")");
            }
            if (draw.amount().toDouble() < -TOLERANCE) {
                problems.add("negative draw from " + tranche.id());
            }
            drawn.computeIfAbsent(tranche.id(), id -> new double[periods])[draw.period()] += draw.amount().toDouble();
        }
        double total = 0;
        var byParty = new HashMap<String, Double>();
        for (var tranche : project.tranches()) {
            double sum = 0;
            for (double amount : drawn.getOrDefault(tranche.id(), new double[periods])) {
                sum += amount;
            }
            if (sum > tranche.amount().toDouble() * (1 + 1e-9) + TOLERANCE) {
                problems.add(tranche.id() + " drawn " + sum + " beyond its cap " + tranche.amount());
            }
            total += sum;
            byParty.merge(tranche.party(), sum, Double::sum);
        }
        for (var entry : project.finance().partyShare().entrySet()) {
            double share = total == 0 ? 0 : byParty.getOrDefault(entry.getKey(), 0.0) / total;
            if (total > 0 && (share < entry.getValue().min() - 1e-6 || share > entry.getValue().max() + 1e-6)) {
                problems.add("party " + entry.getKey() + " carries " + share + " outside [" + entry.getValue().min()
                        + ", " + entry.getValue().max() + "]");
            }
        }
        var gap = new double[periods];
        finance.gap().forEach(g -> gap[g.period()] += g.amount().toDouble());
        double perYear = project.periodUnit().periodsPerYear();
        var balance = new HashMap<String, Double>();
        double cash = 0;
        for (int t = 0; t < periods; t++) {
            double in = gap[t];
            double out = spend.get(t).toDouble();
            for (var tranche : project.tranches()) {
                double owed = balance.getOrDefault(tranche.id(), 0.0);
                boolean cashInterest = tranche.kind() == TrancheKind.LOAN || tranche.kind() == TrancheKind.BOND
                        || tranche.kind() == TrancheKind.PREPAYMENT;
                if (cashInterest) {
                    out += owed * (Math.pow(1 + tranche.rate(), 1 / perYear) - 1);
                }
                if (t >= tranche.from() && t < tranche.to()) {
                    out += (tranche.amount().toDouble() - owed) * tranche.commitmentFee() / perYear;
                }
                double draw = drawn.getOrDefault(tranche.id(), new double[periods])[t];
                in += draw * (1 - tranche.upfrontFee());
                balance.put(tranche.id(), owed + draw);
            }
            cash += in - out;
            if (cash < project.finance().minReserve().toDouble() - TOLERANCE * Math.max(1, Math.abs(cash))) {
                problems.add("cash " + cash + " below the reserve " + project.finance().minReserve() + " in period " + t
                        + " with no gap reported");
            }
        }
        if (finance.funded() != finance.gap().isEmpty()) {
            problems.add("funded is " + finance.funded() + " but " + finance.gap().size() + " short periods are listed");
        }
        return problems;
    }
}
