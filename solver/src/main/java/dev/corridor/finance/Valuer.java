package dev.corridor.finance;

import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.plan.FinancePlan;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.Valuation;

/**
 * A plan's net present value: what its systems earn once open, less its spend and its financing.
 * A system earns its opening value every period from its opening on, without end (a corridor is
 * built for a century, so a perpetuity is closer than cutting earnings off at the planning horizon).
 */
public final class Valuer {

    private Valuer() {
    }

    public static Valuation value(Project project, Plan plan, FinancePlan finance) {
        var opens = new java.util.EnumMap<dev.corridor.model.CorridorSystem, Integer>(dev.corridor.model.CorridorSystem.class);
        plan.systems().forEach(system -> opens.put(system.system(), system.finish()));
        return value(project, opens, plan.spend(), finance);
    }

    /** The value of a schedule given as when each system opens and what it spends per period. */
    public static Valuation value(Project project, java.util.Map<dev.corridor.model.CorridorSystem, Integer> opens,
            java.util.List<Money> spendPerPeriod, FinancePlan finance) {
        var terms = project.finance();
        double opening = 0;
        for (var system : opens.entrySet()) {
            double perPeriod = terms.openingValue().getOrDefault(system.getKey(), Money.ZERO).toDouble();
            if (perPeriod > 0) {
                // Σ over t ≥ finish of q^t, with q the discount factor of one period.
                double q = terms.discountFactor(project.periodUnit(), 1);
                opening += q < 1 ? perPeriod * terms.discountFactor(project.periodUnit(), system.getValue()) / (1 - q)
                        : Double.POSITIVE_INFINITY;
            }
        }
        double spend = 0;
        for (int t = 0; t < spendPerPeriod.size(); t++) {
            spend += spendPerPeriod.get(t).toDouble() * terms.discountFactor(project.periodUnit(), t);
        }
        // Present values to the thousandth; the net is their exact difference, so the figures add up.
        var openingValue = Money.rounded(opening);
        var spendValue = Money.rounded(spend);
        var financing = finance == null ? Money.ZERO : finance.cost();
        return new Valuation(openingValue, spendValue, financing, openingValue.minus(spendValue).minus(financing));
    }
}
