package dev.corridor.finance;

import dev.corridor.model.Project;
import dev.corridor.model.plan.Draw;
import dev.corridor.model.plan.FinancePlan;
import dev.corridor.model.plan.PartyUse;
import dev.corridor.model.plan.PeriodPrice;
import dev.corridor.model.plan.Shortfall;
import dev.corridor.model.plan.TrancheUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Finances a plan's spend from the project's tranches at the least present cost. */
public final class Financier {

    /** Draws and gaps below this (in money units) are solver round-off, not money. */
    static final double NEGLIGIBLE = 1e-6;

    private Financier() {
    }

    /**
     * The least-cost financing of {@code spend} (money units per period from period 0), or null when
     * the project has no tranches.
     */
    public static FinancePlan finance(Project project, List<Double> spend) {
        if (project.tranches().isEmpty()) {
            return null;
        }
        if (spend.isEmpty()) {
            // A plan of no periods spends nothing: there is nothing to draw and nothing to price.
            return new FinancePlan(0, true, 0, List.of(), List.of(), List.of(), project.tranches().stream()
                    .map(t -> new TrancheUse(t.id(), t.party(), t.kind(), t.amount(), 0, 0)).toList(), List.of());
        }
        var perPeriod = spend.stream().mapToDouble(Double::doubleValue).toArray();
        var solution = new FinancingLp(project, perPeriod).solve();
        var tranches = project.tranches();

        var draws = new ArrayList<Draw>();
        var uses = new ArrayList<TrancheUse>();
        var drawnByParty = new LinkedHashMap<String, Double>();
        double totalDrawn = 0;
        for (int k = 0; k < tranches.size(); k++) {
            var tranche = tranches.get(k);
            double drawn = 0;
            for (int t = 0; t < perPeriod.length; t++) {
                double amount = solution.draw()[k][t];
                if (amount > NEGLIGIBLE) {
                    draws.add(new Draw(tranche.id(), t, amount));
                    drawn += amount;
                }
            }
            uses.add(new TrancheUse(tranche.id(), tranche.party(), tranche.kind(), tranche.amount(), drawn,
                    solution.charges()[k]));
            drawnByParty.merge(tranche.party(), drawn, Double::sum);
            totalDrawn += drawn;
        }
        var parties = new ArrayList<PartyUse>();
        for (var entry : drawnByParty.entrySet()) {
            var bounds = project.finance().partyShare().get(entry.getKey());
            parties.add(new PartyUse(entry.getKey(), entry.getValue(), totalDrawn > 0 ? entry.getValue() / totalDrawn : 0,
                    bounds == null ? null : bounds.min(), bounds == null ? null : bounds.max()));
        }
        var gap = new ArrayList<Shortfall>();
        double totalGap = 0;
        for (int t = 0; t < perPeriod.length; t++) {
            if (solution.gap()[t] > NEGLIGIBLE) {
                gap.add(new Shortfall(t, project.dateOf(t), solution.gap()[t]));
                totalGap += solution.gap()[t];
            }
        }
        var prices = new ArrayList<PeriodPrice>();
        for (int t = 0; t < perPeriod.length; t++) {
            prices.add(new PeriodPrice(t, solution.price()[t]));
        }
        return new FinancePlan(solution.cost(), gap.isEmpty(), totalGap, draws, gap, prices, uses, parties);
    }
}
