package dev.corridor.benchmarks;

import dev.corridor.model.Finance;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.ShareBounds;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Financing problems of a chosen size for the LP benchmarks: a spend profile that rises and falls
 * over the periods, and tranches of every kind with staggered windows, from four parties with
 * share bounds. Seeded, so every run solves the same problems; money is ample, so no gap is needed.
 */
public record SyntheticFinance(Project project, List<Money> spend) {

    private static final String[] PARTIES = {"US", "RU", "LENDERS", "PRIVATE"};
    private static final TrancheKind[] KINDS = TrancheKind.values();

    public static SyntheticFinance of(int trancheCount, int periods, long seed) {
        var random = new Random(seed);
        var spend = new ArrayList<Money>();
        double total = 0;
        for (int t = 0; t < periods; t++) {
            double shape = Math.sin(Math.PI * (t + 0.5) / periods);
            var amount = Money.rounded(100 * shape * (0.5 + random.nextDouble()));
            spend.add(amount);
            total += amount.toDouble();
        }
        var tranches = new ArrayList<Tranche>();
        for (int k = 0; k < trancheCount; k++) {
            var kind = KINDS[k % KINDS.length];
            int from = random.nextInt(Math.max(1, periods / 2));
            int to = Math.min(periods, from + periods / 3 + random.nextInt(periods));
            double rate = kind == TrancheKind.GRANT ? 0 : 0.02 + 0.12 * random.nextDouble();
            tranches.add(new Tranche("tranche-" + k, PARTIES[k % PARTIES.length], kind,
                    wholeUnits(3 * total / trancheCount), from, to, rate, kind == TrancheKind.GRANT ? 0 : 0.01 * random.nextDouble(),
                    kind == TrancheKind.LOAN ? 0.005 * random.nextDouble() : 0));
        }
        // Money from the first periods on, so every period can be funded.
        tranches.set(0, new Tranche("tranche-0", "US", TrancheKind.GRANT, wholeUnits(total / 2), 0, periods, 0, 0, 0));
        var shares = Map.of("US", new ShareBounds(0.1, 0.6), "RU", new ShareBounds(0, 0.6));
        var project = new Project(Project.SCHEMA_VERSION, "synthetic finance " + trancheCount + "x" + periods,
                PeriodUnit.MONTH, LocalDate.of(2030, 1, 1), periods, "USD", "million", List.of(), List.of(), List.of(),
                List.of(), List.of(), tranches, new Finance(0.04, wholeUnits(10), shares));
        return new SyntheticFinance(project, spend);
    }

    private static Money wholeUnits(double amount) {
        return Money.ofThousandths(Math.round(amount) * Money.PER_UNIT);
    }
}
