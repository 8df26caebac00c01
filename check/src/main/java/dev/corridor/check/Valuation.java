package dev.corridor.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;

/**
 * The plan's net present value recomputed (README, "Joint scheduling and financing"): each system
 * earns its opening value every period from its completion on, without end, so from completion f it
 * is worth v·q^f / (1 - q) with q the discount factor of one period; less the spend, each period at
 * its discount factor; less the financing cost.
 */
final class Valuation {

    private static final String VALUE = "$.value";

    private Valuation() {
    }

    static void check(Dataset dataset, Schedule schedule, Spend spend, Double financing, PlanFile plan,
            Findings findings) throws Unreadable {
        var value = plan.field("value");
        if (value == null) {
            if (!dataset.tranches().isEmpty()) {
                findings.note("The plan reports no net present value, so none was checked.");
            }
            return;
        }
        var completion = new HashMap<String, Integer>();
        for (var place : schedule.stages()) {
            completion.merge(place.stage().system(), place.finish(), Math::max);
        }
        double q = dataset.discountFactor(1);
        double opening = 0;
        for (var entry : dataset.terms().openingValue().entrySet()) {
            var finish = completion.get(entry.getKey());
            double perPeriod = entry.getValue().doubleValue();
            if (finish != null && perPeriod > 0) {
                opening += perPeriod * dataset.discountFactor(finish) / (1 - q);
            }
        }
        double spent = 0;
        for (int t = 0; t < schedule.makespan(); t++) {
            spent += spend.in(t).doubleValue() * dataset.discountFactor(t);
        }
        double financed = financing == null ? 0 : financing;
        int tranches = dataset.tranches().size();
        var reportedOpening = compare(plan, value, "openingValue", opening, 1, findings);
        var reportedSpend = compare(plan, value, "spend", spent, 1, findings);
        var reportedFinancing = compare(plan, value, "financing", financed, tranches, findings);
        var reportedNet = compare(plan, value, "netPresentValue", opening - spent - financed, tranches + 2, findings);
        if (reportedOpening != null && reportedSpend != null && reportedFinancing != null && reportedNet != null) {
            var net = reportedOpening.subtract(reportedSpend).subtract(reportedFinancing);
            if (net.compareTo(reportedNet) != 0) {
                findings.figure(VALUE + ".netPresentValue", Amounts.text(reportedNet), Amounts.text(net)
                        + ", its opening value less its spend and financing as it reports them");
            }
        }
        var reportedCost = plan.field("finance") == null ? null
                : plan.fields().number(plan.field("finance"), "cost", "$.finance", false);
        if (reportedFinancing != null && reportedCost != null && reportedFinancing.compareTo(reportedCost) != 0) {
            findings.figure(VALUE + ".financing", Amounts.text(reportedFinancing), Amounts.text(reportedCost)
                    + ", the financing cost it reports");
        }
    }

    /** The reported figure, after finding it differs from the recomputed one where it does. */
    private static BigDecimal compare(PlanFile plan, JsonNode value, String field, double recomputed, int roundedTerms,
            Findings findings) throws Unreadable {
        var reported = plan.fields().number(value, field, VALUE, false);
        if (reported != null && !Tolerance.presentValueEqual(reported, recomputed, roundedTerms)) {
            findings.figure(VALUE + "." + field, Amounts.text(reported), Amounts.text(recomputed));
        }
        return reported;
    }
}
