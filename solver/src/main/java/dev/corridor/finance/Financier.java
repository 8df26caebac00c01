package dev.corridor.finance;

import dev.corridor.model.Money;
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

/**
 * Finances a plan's spend from the project's tranches at the least present cost. The LP chooses the
 * draws; what is reported is those draws in whole thousandths, funded by the exact cash flow
 * ({@link FundedDraws}), with the charges and the financing cost worked out from them.
 */
public final class Financier {

    private Financier() {
    }

    /**
     * The least-cost financing of {@code spend} (per period from period 0), or null when the project
     * has no tranches.
     */
    public static FinancePlan finance(Project project, List<Money> spend) {
        if (project.tranches().isEmpty()) {
            return null;
        }
        if (spend.isEmpty()) {
            // A plan of no periods spends nothing: there is nothing to draw and nothing to price.
            return new FinancePlan(Money.ZERO, true, Money.ZERO, List.of(), List.of(), List.of(), project.tranches().stream()
                    .map(t -> new TrancheUse(t.id(), t.party(), t.kind(), t.amount(), Money.ZERO, Money.ZERO)).toList(),
                    List.of());
        }
        // A re-plan funds only the spend from its data date on: what was spent before is paid.
        var funding = FundedFrom.of(project, spend);
        var solution = new FinancingLp(funding).solve();
        var funded = FundedDraws.of(funding, solution);
        var charges = funded.charges(Discounting.of(project, spend.size()));
        var tranches = project.tranches();

        var draws = new ArrayList<Draw>();
        var uses = new ArrayList<TrancheUse>();
        var drawnByParty = new LinkedHashMap<String, Money>();
        var totalDrawn = Money.ZERO;
        var cost = Money.ZERO;
        for (int k = 0; k < tranches.size(); k++) {
            var tranche = tranches.get(k);
            var drawn = Money.ZERO;
            for (int t = 0; t < spend.size(); t++) {
                var amount = Money.ofThousandths(funded.draws()[k][t]);
                if (amount.thousandths() > 0) {
                    draws.add(new Draw(tranche.id(), t, amount));
                    drawn = drawn.plus(amount);
                }
            }
            // Each tranche's charges to the thousandth; the cost is their sum, so the table adds up.
            var charged = Money.rounded(charges[k]);
            uses.add(new TrancheUse(tranche.id(), tranche.party(), tranche.kind(), tranche.amount(), drawn, charged));
            cost = cost.plus(charged);
            drawnByParty.merge(tranche.party(), drawn, Money::plus);
            totalDrawn = totalDrawn.plus(drawn);
        }
        var parties = new ArrayList<PartyUse>();
        for (var entry : drawnByParty.entrySet()) {
            var bounds = project.finance().partyShare().get(entry.getKey());
            double share = totalDrawn.thousandths() > 0 ? entry.getValue().toDouble() / totalDrawn.toDouble() : 0;
            parties.add(new PartyUse(entry.getKey(), entry.getValue(), share, bounds == null ? null : bounds.min(),
                    bounds == null ? null : bounds.max()));
        }
        var gap = new ArrayList<Shortfall>();
        var totalGap = Money.ZERO;
        for (int t = 0; t < spend.size(); t++) {
            var amount = Money.ofThousandths(funded.gap()[t]);
            if (amount.thousandths() > 0) {
                gap.add(new Shortfall(t, project.dateOf(t), amount));
                totalGap = totalGap.plus(amount);
            }
        }
        var prices = new ArrayList<PeriodPrice>();
        for (int t = 0; t < spend.size(); t++) {
            // Before a re-plan's data date the spend is paid: more of it costs nothing now.
            prices.add(new PeriodPrice(t, t < funding.from() ? 0 : solution.price()[t]));
        }
        return new FinancePlan(cost, gap.isEmpty(), totalGap, draws, gap, prices, uses, parties);
    }
}
