package dev.corridor.finance;

import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan's financing covers: the spend from the project's data date on. Money spent before it
 * was paid then, by draws that are history too, so the financing of a re-plan funds only what is
 * left: no spend, draw, commitment fee or cash reserve before the data date. The plan's value still
 * counts every period's spend. For a project planned from its start, everything from period 0.
 *
 * @param project the project with each tranche's window starting no earlier than the data date
 * @param spend the spend to fund: none before the data date
 */
record FundedFrom(Project project, List<Money> spend, int from) {

    static FundedFrom of(Project project, List<Money> spend) {
        if (project.dataDate() == null) {
            return new FundedFrom(project, spend, 0);
        }
        int from = project.dataDate();
        var future = new ArrayList<Money>(spend.size());
        for (int t = 0; t < spend.size(); t++) {
            future.add(t < from ? Money.ZERO : spend.get(t));
        }
        var tranches = new ArrayList<Tranche>();
        for (var t : project.tranches()) {
            int opens = Math.min(Math.max(t.from(), from), t.to());
            tranches.add(new Tranche(t.id(), t.party(), t.kind(), t.amount(), opens, t.to(), t.rate(), t.upfrontFee(),
                    t.commitmentFee()));
        }
        return new FundedFrom(project.withFunding(tranches, project.finance()), future, from);
    }

    /** The cash to keep in hand after period {@code t}: the reserve, from the data date on. */
    Money reserveAt(int t) {
        return t < from ? Money.ZERO : project.finance().minReserve();
    }
}
