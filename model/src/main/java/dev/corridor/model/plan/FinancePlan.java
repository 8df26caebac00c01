package dev.corridor.model.plan;

import dev.corridor.model.Money;
import java.util.List;

/**
 * How the plan is paid for: the least-cost draws from the tranches, any period the money does not
 * cover, and what one more unit of spend would cost in each period.
 *
 * @param cost present value of all financing charges (interest, fees, commitment fees, cost of
 *             equity), in the project's money unit, discounted at the dataset's discount rate: the
 *             sum of the tranches' {@code charges}, each worked out from the draws as reported
 * @param funded true when no period is short
 * @param gap the periods the tranches cannot cover and by how much; empty when funded
 * @param prices the dual price of cash in each period: the change in {@code cost} (present value)
 *               if the plan spent one more unit in that period; larger means dearer money
 */
public record FinancePlan(Money cost, boolean funded, Money totalGap, List<Draw> draws, List<Shortfall> gap,
        List<PeriodPrice> prices, List<TrancheUse> tranches, List<PartyUse> parties) {

    public FinancePlan {
        draws = List.copyOf(draws);
        gap = List.copyOf(gap);
        prices = List.copyOf(prices);
        tranches = List.copyOf(tranches);
        parties = List.copyOf(parties);
    }
}
