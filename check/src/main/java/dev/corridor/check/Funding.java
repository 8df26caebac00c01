package dev.corridor.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan's financing replayed from its draws and the dataset's tranches alone (README,
 * "Financing"), period by period over the plan's periods [0, T):
 *
 * <pre>
 *   cash[t] = cash[t-1] + Σk (1 - fee_k)·draw[k,t] + gap[t] - spend[t]
 *             - Σ_{k loan, bond, prepayment} ρ_k·bal[k,t] - Σ_{k open at t} κ_k·(amount_k - bal[k,t])
 *   cash[t] ≥ minReserve,  cash[-1] = 0,  bal[k,t] = what was drawn from k before t
 *   cost = Σk Σ_{t<T} δ_t·(fee_k·draw[k,t] + ρ_k·bal[k,t] + [k open at t]·κ_k·(amount_k - bal[k,t]))
 *          + Σk ρ_k·bal[k,T]·Σ_{T≤t<H} δ_t
 * </pre>
 *
 * with ρ_k = (1 + rate_k)^(1/n) - 1 for every kind but grants (0), κ_k = commitmentFee_k / n,
 * δ_t = (1 + discountRate)^(-t/n) and n periods a year. Spend is the checker's own, from the stages.
 */
final class Funding {

    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;
    private static final String FINANCE = "$.finance";

    private final Dataset dataset;
    private final int periods;
    private final Map<String, Tranche> tranches = new LinkedHashMap<>();
    private final Map<String, BigDecimal[]> draws = new HashMap<>();
    private final BigDecimal[] gap;

    private Funding(Dataset dataset, int periods) {
        this.dataset = dataset;
        this.periods = periods;
        dataset.tranches().forEach(t -> tranches.put(t.id(), t));
        tranches.keySet().forEach(id -> draws.put(id, zeros(periods)));
        this.gap = zeros(periods);
    }

    /**
     * Checks the plan's financing, where the dataset has tranches and the plan reports it, and
     * returns its recomputed cost (present value), or null where there is nothing to check.
     */
    static Double check(Dataset dataset, Schedule schedule, Spend spend, PlanFile plan, Findings findings)
            throws Unreadable {
        var finance = plan.field("finance");
        if (dataset.tranches().isEmpty()) {
            return null;
        }
        if (finance == null) {
            findings.note("The plan reports no financing, so its funding was not checked.");
            return null;
        }
        var funding = new Funding(dataset, schedule.makespan());
        funding.readDraws(plan, finance, findings);
        funding.readGaps(plan, finance, findings);
        funding.checkCaps(findings);
        funding.replayCash(spend, findings);
        funding.checkShares(findings);
        var charges = funding.charges();
        funding.checkFigures(plan, finance, charges, findings);
        findings.note("The prices of cash (duals of the financing LP) are not rechecked; they are marginal values, not rules.");
        return charges.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private void readDraws(PlanFile plan, JsonNode finance, Findings findings) throws Unreadable {
        var fields = plan.fields();
        var list = fields.objects(finance, "draws", FINANCE, false);
        for (int i = 0; i < list.size(); i++) {
            var path = FINANCE + ".draws[" + i + "]";
            var id = fields.text(list.get(i), "tranche", path, true);
            int period = fields.integer(list.get(i), "period", path, true);
            var amount = fields.number(list.get(i), "amount", path, true);
            var tranche = tranches.get(id);
            if (tranche == null) {
                findings.add(Rule.DRAW_TRANCHE, id, path + " draws from tranche " + id + ", which the dataset does not have");
                continue;
            }
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 3) {
                findings.add(Rule.DRAW_AMOUNT, id, path + " draws " + amount.toPlainString() + " from " + id
                        + (amount.signum() < 0 ? "; a draw cannot be negative" : "; money is counted in whole thousandths"));
            }
            if (period < 0 || period >= periods) {
                findings.add(Rule.DRAW_WINDOW, id, path + " draws " + Amounts.text(amount) + " from " + id + " in period "
                        + period + ", outside the plan's periods [0, " + periods + ")");
                continue;
            }
            if (!tranche.isOpen(period)) {
                findings.add(Rule.DRAW_WINDOW, id, period, "draw of " + Amounts.text(amount) + " from " + id
                        + " outside its window [" + tranche.from() + ", " + tranche.to() + ")");
            } else if (period < dataset.decidedFrom()) {
                findings.add(Rule.DRAW_WINDOW, id, period, "draw of " + Amounts.text(amount) + " from " + id
                        + " before the data date, " + findings.periods().label(dataset.decidedFrom())
                        + ": the financing of a re-plan funds what is left, from the data date on");
            }
            draws.get(id)[period] = draws.get(id)[period].add(amount);
        }
    }

    private void readGaps(PlanFile plan, JsonNode finance, Findings findings) throws Unreadable {
        var fields = plan.fields();
        var list = fields.objects(finance, "gap", FINANCE, false);
        for (int i = 0; i < list.size(); i++) {
            var path = FINANCE + ".gap[" + i + "]";
            int period = fields.integer(list.get(i), "period", path, true);
            var amount = fields.number(list.get(i), "amount", path, true);
            if (period < 0 || period >= periods || amount.signum() < 0) {
                findings.add(Rule.FIGURE, path, path + ": a shortfall of " + amount.toPlainString() + " in period "
                        + period + " is not a shortfall of the plan's periods [0, " + periods + ")");
                continue;
            }
            gap[period] = gap[period].add(amount);
            findings.add(Rule.MONEY_SHORT, "gap", period, "money is short by " + Amounts.text(amount)
                    + ": the tranches do not cover the spend (the plan reports it)");
        }
    }

    private void checkCaps(Findings findings) {
        for (var tranche : tranches.values()) {
            var drawn = sum(draws.get(tranche.id()));
            if (drawn.compareTo(tranche.amount()) > 0) {
                findings.add(Rule.TRANCHE_CAP, tranche.id(), "tranche " + tranche.id() + " is drawn "
                        + Amounts.text(drawn) + " in all, beyond its amount " + Amounts.text(tranche.amount()));
            }
        }
    }

    private void replayCash(Spend spend, Findings findings) {
        var reserve = dataset.terms().minReserve();
        // A re-plan funds the spend from its data date on; before it, spend and draws are history.
        int from = dataset.decidedFrom();
        var slack = Tolerance.cash(spend.within(from, periods));
        var balance = new HashMap<String, BigDecimal>();
        var cash = BigDecimal.ZERO;
        for (int t = 0; t < periods; t++) {
            var flow = gap[t].subtract(t < from ? BigDecimal.ZERO : spend.in(t));
            for (var tranche : tranches.values()) {
                var owed = balance.getOrDefault(tranche.id(), BigDecimal.ZERO);
                if (tranche.paysInterestInCash()) {
                    flow = flow.subtract(owed.multiply(new BigDecimal(perPeriodRate(tranche)), EXACT_ENOUGH));
                }
                if (open(tranche, t)) {
                    flow = flow.subtract(tranche.amount().subtract(owed)
                            .multiply(new BigDecimal(commitmentPerPeriod(tranche)), EXACT_ENOUGH));
                }
                var draw = draws.get(tranche.id())[t];
                flow = flow.add(draw.multiply(BigDecimal.ONE.subtract(new BigDecimal(tranche.upfrontFee())), EXACT_ENOUGH));
                balance.put(tranche.id(), owed.add(draw));
            }
            cash = cash.add(flow, EXACT_ENOUGH);
            if (t >= from && cash.compareTo(reserve.subtract(slack)) < 0) {
                findings.add(Rule.CASH_RESERVE, "cash", t, "cash in hand " + Amounts.text(cash.doubleValue())
                        + " is below the reserve " + Amounts.text(reserve) + " (short by "
                        + Amounts.text(reserve.subtract(cash).doubleValue()) + ") with no shortfall reported");
            }
        }
    }

    private void checkShares(Findings findings) {
        var total = BigDecimal.ZERO;
        var byParty = new HashMap<String, BigDecimal>();
        for (var tranche : tranches.values()) {
            var drawn = sum(draws.get(tranche.id()));
            total = total.add(drawn);
            byParty.merge(tranche.party(), drawn, BigDecimal::add);
        }
        if (total.signum() == 0) {
            return;
        }
        for (var entry : dataset.terms().shares().entrySet()) {
            var party = entry.getKey();
            double share = byParty.getOrDefault(party, BigDecimal.ZERO).divide(total, EXACT_ENOUGH).doubleValue();
            double min = entry.getValue()[0];
            double max = entry.getValue()[1];
            if (share < min - Tolerance.SHARE) {
                findings.add(Rule.PARTY_SHARE, party, "party " + party + " carries " + Amounts.percent(share)
                        + " of all draws, below its minimum " + Amounts.percent(min));
            } else if (share > max + Tolerance.SHARE) {
                findings.add(Rule.PARTY_SHARE, party, "party " + party + " carries " + Amounts.percent(share)
                        + " of all draws, above its maximum " + Amounts.percent(max));
            }
        }
    }

    /** Whether a tranche is open in {@code t} for this plan: in its window and from the data date on. */
    private boolean open(Tranche tranche, int t) {
        return tranche.isOpen(t) && t >= dataset.decidedFrom();
    }

    /** Each tranche's charges in present value, by the cost formula above. */
    private Map<String, Double> charges() {
        double afterPlan = 0;
        for (int t = periods; t < dataset.horizon(); t++) {
            afterPlan += dataset.discountFactor(t);
        }
        var charges = new LinkedHashMap<String, Double>();
        for (var tranche : tranches.values()) {
            double rate = tranche.chargesRate() ? perPeriodRate(tranche) : 0;
            double commitment = commitmentPerPeriod(tranche);
            double amount = tranche.amount().doubleValue();
            double owed = 0;
            double cost = 0;
            var drawn = draws.get(tranche.id());
            for (int t = 0; t < periods; t++) {
                double draw = drawn[t].doubleValue();
                double charge = tranche.upfrontFee() * draw + rate * owed
                        + (open(tranche, t) ? commitment * (amount - owed) : 0);
                cost += dataset.discountFactor(t) * charge;
                owed += draw;
            }
            charges.put(tranche.id(), cost + rate * owed * afterPlan);
        }
        return charges;
    }

    private void checkFigures(PlanFile plan, JsonNode finance, Map<String, Double> charges, Findings findings)
            throws Unreadable {
        var fields = plan.fields();
        double cost = charges.values().stream().mapToDouble(Double::doubleValue).sum();
        var reportedCost = fields.number(finance, "cost", FINANCE, false);
        if (reportedCost != null && !Tolerance.presentValueEqual(reportedCost, cost, tranches.size())) {
            findings.figure(FINANCE + ".cost", Amounts.text(reportedCost), Amounts.text(cost));
        }
        var totalGap = sum(gap);
        var reportedGap = fields.number(finance, "totalGap", FINANCE, false);
        if (reportedGap != null && reportedGap.compareTo(totalGap) != 0) {
            findings.figure(FINANCE + ".totalGap", Amounts.text(reportedGap), Amounts.text(totalGap));
        }
        var funded = fields.bool(finance, "funded", FINANCE);
        if (funded != null && funded != (totalGap.signum() == 0)) {
            findings.figure(FINANCE + ".funded", funded.toString(), totalGap.signum() == 0
                    ? "true (no shortfall is reported)" : "false (shortfalls of " + Amounts.text(totalGap) + " are reported)");
        }
        var uses = fields.objects(finance, "tranches", FINANCE, false);
        var seen = new HashMap<String, Boolean>();
        var chargesReported = BigDecimal.ZERO;
        for (int i = 0; i < uses.size(); i++) {
            var path = FINANCE + ".tranches[" + i + "]";
            var id = fields.text(uses.get(i), "id", path, true);
            var tranche = tranches.get(id);
            if (tranche == null || seen.put(id, true) != null) {
                findings.figure(path + ".id", id, tranche == null ? "no such tranche" : "it once");
                continue;
            }
            compareExact(fields.number(uses.get(i), "cap", path, false), tranche.amount(), path + ".cap", findings);
            compareExact(fields.number(uses.get(i), "drawn", path, false), sum(draws.get(id)), path + ".drawn", findings);
            var reported = fields.number(uses.get(i), "charges", path, false);
            if (reported != null && !Tolerance.presentValueEqual(reported, charges.get(id), 1)) {
                findings.figure(path + ".charges", Amounts.text(reported), Amounts.text(charges.get(id)));
            }
            chargesReported = reported == null || chargesReported == null ? null : chargesReported.add(reported);
        }
        if (reportedCost != null && chargesReported != null && seen.size() == tranches.size()
                && reportedCost.compareTo(chargesReported) != 0) {
            findings.figure(FINANCE + ".cost", Amounts.text(reportedCost), Amounts.text(chargesReported)
                    + ", the sum of the charges it reports per tranche");
        }
        checkParties(fields, finance, findings);
    }

    private void checkParties(JsonFields fields, JsonNode finance, Findings findings) throws Unreadable {
        var total = BigDecimal.ZERO;
        var byParty = new LinkedHashMap<String, BigDecimal>();
        for (var tranche : tranches.values()) {
            var drawn = sum(draws.get(tranche.id()));
            total = total.add(drawn);
            byParty.merge(tranche.party(), drawn, BigDecimal::add);
        }
        var parties = fields.objects(finance, "parties", FINANCE, false);
        for (int i = 0; i < parties.size(); i++) {
            var path = FINANCE + ".parties[" + i + "]";
            var party = fields.text(parties.get(i), "party", path, true);
            var drawn = byParty.get(party);
            if (drawn == null) {
                findings.figure(path + ".party", party, "no tranche of that party");
                continue;
            }
            compareExact(fields.number(parties.get(i), "drawn", path, false), drawn, path + ".drawn", findings);
            var share = fields.number(parties.get(i), "share", path, false);
            double expected = total.signum() == 0 ? 0 : drawn.divide(total, EXACT_ENOUGH).doubleValue();
            if (share != null && Math.abs(share.doubleValue() - expected) > Tolerance.REPORTED_SHARE) {
                findings.figure(path + ".share", share.toPlainString(), Double.toString(expected));
            }
        }
    }

    static void compareExact(BigDecimal reported, BigDecimal recomputed, String path, Findings findings) {
        if (reported != null && reported.compareTo(recomputed) != 0) {
            findings.figure(path, Amounts.text(reported), Amounts.text(recomputed));
        }
    }

    private double perPeriodRate(Tranche tranche) {
        return Math.pow(1 + tranche.rate(), 1 / dataset.periodsPerYear()) - 1;
    }

    private double commitmentPerPeriod(Tranche tranche) {
        return tranche.commitmentFee() / dataset.periodsPerYear();
    }

    private static BigDecimal[] zeros(int length) {
        var zeros = new BigDecimal[Math.max(0, length)];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static BigDecimal sum(BigDecimal[] amounts) {
        var sum = BigDecimal.ZERO;
        for (var amount : amounts) {
            sum = sum.add(amount);
        }
        return sum;
    }
}
