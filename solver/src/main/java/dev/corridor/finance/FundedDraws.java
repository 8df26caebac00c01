package dev.corridor.finance;

import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.ShareBounds;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The LP's draws and gaps in whole thousandths of the money unit, funded by the exact cash flow.
 *
 * <p>The LP works in doubles and meets its rows only to its tolerance, while a plan's money is
 * exact: rounding each draw on its own could leave a plan the LP calls funded a few thousandths
 * short in a period. So each tranche's <em>running total</em> of draws is rounded to the thousandth
 * (it stays within half a thousandth of the LP's, and a tranche drawn to its cap stays exactly at its
 * cap) and each gap is rounded up. Then the README's cash flow is replayed period by period on the
 * rounded draws:
 *
 * <pre>
 *   cash[t] = cash[t-1] + Σk (1 - fee_k)·draw[k,t] + gap[t] - spend[t]
 *             - Σ_{k loan, bond, prepayment} ρ_k·bal[k,t] - Σ_{k open at t} κ_k·(amount_k - bal[k,t])  ≥  minReserve
 * </pre>
 *
 * and a period left below the reserve by rounding is topped up: from the cheapest tranche open then
 * with room under its cap and inside the party bounds; failing that, by drawing in that period what
 * an open tranche draws later; failing that, as gap. Draws, gaps and spend are counted exactly; only
 * the charges are doubles, so the plan is funded up to their floating error.
 */
final class FundedDraws {

    /** LP gaps below this (money units) are solver round-off, not money short. */
    private static final double NEGLIGIBLE = 1e-6;
    /** Top-ups tried in one period before the rest is counted as gap; one or two are the rule. */
    private static final int MOST_REPAIRS = 100;

    private final List<String> parties;
    private final Map<String, ShareBounds> shares;
    private final TrancheRates[] rates;
    private final long[] cap;
    private final long[] spend;
    private final long reserve;
    /** The first period the reserve is kept in: the data date of a re-plan, else 0. */
    private final int fundedFrom;
    private final double[][] drawCost;
    private final long[][] draw;
    private final long[] gap;
    /** Drawn from each tranche and each party over the whole plan, and in all. */
    private final long[] drawn;
    private final Map<String, Long> byParty = new HashMap<>();
    private long total;

    private FundedDraws(FundedFrom funding, FinancingLp.Solution lp) {
        var project = funding.project();
        var spend = funding.spend();
        var tranches = project.tranches();
        var terms = Terms.of(project.periodUnit());
        int periods = spend.size();
        this.parties = tranches.stream().map(t -> t.party()).toList();
        this.shares = project.finance().partyShare();
        this.rates = tranches.stream().map(t -> TrancheRates.of(t, terms)).toArray(TrancheRates[]::new);
        this.cap = tranches.stream().mapToLong(t -> t.amount().thousandths()).toArray();
        this.spend = spend.stream().mapToLong(Money::thousandths).toArray();
        this.reserve = project.finance().minReserve().thousandths();
        this.fundedFrom = funding.from();
        this.drawCost = lp.drawCost();
        this.draw = new long[tranches.size()][periods];
        this.gap = new long[periods];
        this.drawn = new long[tranches.size()];
        for (int k = 0; k < tranches.size(); k++) {
            double running = 0;
            long before = 0;
            for (int t = 0; t < periods; t++) {
                running += lp.draw()[k][t];
                long rounded = Math.max(before, Math.min(cap[k], Money.rounded(Math.max(0, running)).thousandths()));
                draw[k][t] = rounded - before;
                before = rounded;
            }
            add(k, before);
        }
        for (int t = 0; t < periods; t++) {
            gap[t] = lp.gap()[t] > NEGLIGIBLE ? roundedUp(lp.gap()[t] - NEGLIGIBLE) : 0;
        }
    }

    /** The LP's answer rounded to thousandths and repaired until the exact cash flow funds it. */
    static FundedDraws of(FundedFrom funding, FinancingLp.Solution lp) {
        var funded = new FundedDraws(funding, lp);
        funded.replay();
        return funded;
    }

    /** Thousandths drawn from tranche k in period t. */
    long[][] draws() {
        return draw;
    }

    /** Thousandths short in each period. */
    long[] gap() {
        return gap;
    }

    /**
     * What each tranche costs in present value, worked out from these draws by the README's cost
     * formula: in each period of the plan the upfront fee on its draw, interest or cost of equity on
     * its balance and the commitment fee on its undrawn amount while open; after the plan, interest
     * on what is still owed until the horizon.
     */
    double[] charges(Discounting discounting) {
        var discount = discounting.factor();
        var charges = new double[draw.length];
        for (int k = 0; k < draw.length; k++) {
            var rate = rates[k];
            double charge = 0;
            long balance = 0;
            for (int t = 0; t < discount.length; t++) {
                double owed = rate.fee() * draw[k][t] + rate.costRate() * balance
                        + (rate.isOpen(t) ? rate.commitment() * (cap[k] - balance) : 0);
                charge += discount[t] * owed;
                balance += draw[k][t];
            }
            charges[k] = (charge + rate.costRate() * balance * discounting.afterPlan()) / Money.PER_UNIT;
        }
        return charges;
    }

    private void replay() {
        long exact = 0;
        double charged = 0;
        var balance = new long[draw.length];
        for (int t = 0; t < spend.length; t++) {
            // Interest and commitment fees due in t, on the balances drawn before it: draws in t cannot change them.
            double owed = 0;
            for (int k = 0; k < draw.length; k++) {
                owed += rates[k].cashRate() * balance[k] + (rates[k].isOpen(t) ? rates[k].commitment() * (cap[k] - balance[k]) : 0);
            }
            double shortfall = shortfall(t, exact, charged + owed);
            for (int tries = 0; shortfall > 0 && tries < MOST_REPAIRS
                    && (topUp(t, shortfall) || drawEarlier(t, shortfall)); tries++) {
                shortfall = shortfall(t, exact, charged + owed);
            }
            if (shortfall > 0) {
                gap[t] = Math.addExact(gap[t], (long) Math.ceil(shortfall));
            }
            exact += inflow(t) - spend[t];
            charged += owed + fees(t);
            for (int k = 0; k < draw.length; k++) {
                balance[k] += draw[k][t];
            }
        }
    }

    /**
     * By how many thousandths cash after period t falls below the reserve, as the draws stand now.
     *
     * @param exact draws and gaps in less spend out, up to the period before
     * @param charges interest and fees paid in cash up to t, besides the fees on t's own draws
     */
    private double shortfall(int t, long exact, double charges) {
        return (t < fundedFrom ? 0 : reserve) - (exact + inflow(t) - spend[t]) + charges + fees(t);
    }

    private long inflow(int t) {
        long in = gap[t];
        for (var perPeriod : draw) {
            in += perPeriod[t];
        }
        return in;
    }

    private double fees(int t) {
        double fees = 0;
        for (int k = 0; k < draw.length; k++) {
            fees += rates[k].fee() * draw[k][t];
        }
        return fees;
    }

    /** Draws more in t from the cheapest open tranche that has room under its cap and party bounds. */
    private boolean topUp(int t, double shortfall) {
        for (int k : openInCostOrder(t)) {
            long room = Math.min(cap[k] - drawn[k], partyRoom(parties.get(k)));
            long more = Math.min(needed(k, shortfall), room);
            if (more > 0) {
                draw[k][t] += more;
                add(k, more);
                return true;
            }
        }
        return false;
    }

    /**
     * Draws in t what an open tranche would draw later, earliest first: neither its total nor any
     * party's share changes, and the later period, with the money already in hand, is short by no
     * more than the interest on it.
     */
    private boolean drawEarlier(int t, double shortfall) {
        for (int k : openInCostOrder(t)) {
            long wanted = needed(k, shortfall);
            long moved = 0;
            for (int u = t + 1; u < spend.length && moved < wanted; u++) {
                long take = Math.min(wanted - moved, draw[k][u]);
                draw[k][u] -= take;
                moved += take;
            }
            if (moved > 0) {
                draw[k][t] += moved;
                return true;
            }
        }
        return false;
    }

    /** The tranches open in t that pass on something of a draw, cheapest first (ties by dataset order). */
    private int[] openInCostOrder(int t) {
        return IntStream.range(0, draw.length).filter(k -> rates[k].isOpen(t) && rates[k].fee() < 1).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> drawCost[k][t]).thenComparingInt(k -> k))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Thousandths to draw from tranche k to cover {@code shortfall} once its upfront fee is paid. */
    private long needed(int k, double shortfall) {
        return (long) Math.ceil(shortfall / (1 - rates[k].fee()));
    }

    /**
     * How many thousandths more {@code party} may draw with every party's share of all draws staying
     * inside its bounds: its own share under its maximum, the others' above their minimums.
     */
    private long partyRoom(String party) {
        double room = Double.MAX_VALUE;
        var own = shares.get(party);
        if (own != null && own.max() < 1) {
            room = (own.max() * total - byParty.getOrDefault(party, 0L)) / (1 - own.max());
        }
        for (var entry : shares.entrySet()) {
            if (!entry.getKey().equals(party) && entry.getValue().min() > 0) {
                room = Math.min(room, byParty.getOrDefault(entry.getKey(), 0L) / entry.getValue().min() - total);
            }
        }
        return room >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.floor(room);
    }

    private void add(int k, long amount) {
        drawn[k] += amount;
        byParty.merge(parties.get(k), amount, Long::sum);
        total += amount;
    }

    private static long roundedUp(double amount) {
        var rounded = Money.rounded(amount);
        return rounded.toDouble() < amount ? rounded.thousandths() + 1 : rounded.thousandths();
    }
}
