package dev.corridor.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.TrancheKind;
import java.util.HashMap;
import java.util.List;

/**
 * The financing LP of {@code dev.corridor.finance}, written again for OR-Tools' GLOP so the two
 * solvers can be timed on the same problem in the same run. The formulation is the one in the
 * README (draws, balances, cash, gaps; caps, party shares, the reserve, no idle money at the end).
 * Returns the LP's financing cost in present value, which must match corridor's own up to the
 * rounding of draws and charges to the thousandth.
 */
final class GlopFinancing {

    private static final double GAP_PENALTY = 1_000;

    static {
        Loader.loadNativeLibraries();
    }

    private GlopFinancing() {
    }

    static double cost(Project project, List<Money> spend) {
        var finance = project.finance();
        var unit = project.periodUnit();
        int periods = spend.size();
        var solver = MPSolver.createSolver("GLOP");
        var objective = solver.objective();
        objective.setMinimization();
        var discount = new double[periods];
        for (int t = 0; t < periods; t++) {
            discount[t] = finance.discountFactor(unit, t);
        }
        double afterPlan = 0;
        for (int t = periods; t < project.horizon(); t++) {
            afterPlan += finance.discountFactor(unit, t);
        }
        var flows = new MPConstraint[periods];
        var chargeRows = new MPConstraint[periods];
        var level = new double[periods];
        MPVariable previousCash = null;
        MPVariable previousCharge = null;
        for (int t = 0; t < periods; t++) {
            double reserve = finance.minReserve().toDouble();
            var cash = solver.makeNumVar(reserve, t == periods - 1 ? reserve : MPSolver.infinity(), "cash[" + t + "]");
            var gap = solver.makeNumVar(0, MPSolver.infinity(), "gap[" + t + "]");
            objective.setCoefficient(gap, discount[t] * GAP_PENALTY);
            flows[t] = solver.makeConstraint("flow[" + t + "]");
            flows[t].setCoefficient(cash, 1);
            flows[t].setCoefficient(gap, -1);
            if (previousCash != null) {
                flows[t].setCoefficient(previousCash, -1);
            }
            previousCash = cash;
            level[t] = -spend.get(t).toDouble();
            if (t > 0) {
                var charge = solver.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "charge[" + t + "]");
                flows[t].setCoefficient(charge, 1);
                chargeRows[t] = solver.makeConstraint(0, 0, "charges[" + t + "]");
                chargeRows[t].setCoefficient(charge, 1);
                if (previousCharge != null) {
                    chargeRows[t].setCoefficient(previousCharge, -1);
                }
                previousCharge = charge;
            }
        }
        double constant = 0;
        var allDraws = new java.util.ArrayList<MPVariable>();
        var partyOf = new HashMap<MPVariable, String>();
        for (var tranche : project.tranches()) {
            double amount = tranche.amount().toDouble();
            int from = Math.max(0, tranche.from());
            int to = Math.min(periods, tranche.to());
            double rate = tranche.kind() == TrancheKind.GRANT ? 0
                    : Math.pow(1 + tranche.rate(), 1 / unit.periodsPerYear()) - 1;
            boolean cashInterest = tranche.kind() == TrancheKind.LOAN || tranche.kind() == TrancheKind.BOND
                    || tranche.kind() == TrancheKind.PREPAYMENT;
            double commitment = tranche.commitmentFee() / unit.periodsPerYear();
            var draws = new HashMap<Integer, MPVariable>();
            var cap = solver.makeConstraint(-MPSolver.infinity(), amount, "cap[" + tranche.id() + "]");
            for (int t = from; t < to; t++) {
                var draw = solver.makeNumVar(0, MPSolver.infinity(), "draw[" + tranche.id() + "," + t + "]");
                double weight = discount[t] * tranche.upfrontFee() + afterPlan * rate;
                for (int u = t + 1; u < periods; u++) {
                    weight += discount[u] * (rate - (u < tranche.to() ? commitment : 0));
                }
                objective.setCoefficient(draw, weight);
                flows[t].setCoefficient(draw, -(1 - tranche.upfrontFee()));
                double next = (cashInterest ? rate : 0) - (t + 1 < tranche.to() ? commitment : 0);
                if (t + 1 < periods && next != 0) {
                    chargeRows[t + 1].setCoefficient(draw, -next);
                }
                cap.setCoefficient(draw, 1);
                draws.put(t, draw);
                allDraws.add(draw);
                partyOf.put(draw, tranche.party());
            }
            if (commitment > 0) {
                for (int t = from; t < to; t++) {
                    level[t] -= commitment * amount;
                    constant += discount[t] * commitment * amount;
                }
                if (tranche.to() < periods && tranche.to() > from) {
                    for (int t = from; t < tranche.to() - 1; t++) {
                        chargeRows[tranche.to()].setCoefficient(draws.get(t), -commitment);
                    }
                }
            }
        }
        for (int t = 0; t < periods; t++) {
            flows[t].setBounds(level[t], level[t]);
        }
        for (var entry : finance.partyShare().entrySet()) {
            var atLeast = solver.makeConstraint(0, MPSolver.infinity(), "share-min[" + entry.getKey() + "]");
            var atMost = solver.makeConstraint(-MPSolver.infinity(), 0, "share-max[" + entry.getKey() + "]");
            for (var draw : allDraws) {
                double own = partyOf.get(draw).equals(entry.getKey()) ? 1 : 0;
                atLeast.setCoefficient(draw, own - entry.getValue().min());
                atMost.setCoefficient(draw, own - entry.getValue().max());
            }
        }
        var status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("GLOP ended " + status);
        }
        double cost = objective.value() + constant;
        solver.delete();
        return cost;
    }
}
