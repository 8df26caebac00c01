package dev.corridor.finance;

import dev.corridor.model.Project;

/**
 * Present values over a plan of {@code factor.length} periods: the discount factor δ_t of each, and
 * {@code afterPlan}, Σ δ_t from the plan's end to the horizon, what one unit of rate charged in each
 * of those periods is worth (what is still owed when the plan ends goes on costing until the horizon).
 */
record Discounting(double[] factor, double afterPlan) {

    static Discounting of(Project project, int periods) {
        var finance = project.finance();
        var factor = new double[periods];
        for (int t = 0; t < periods; t++) {
            factor[t] = finance.discountFactor(project.periodUnit(), t);
        }
        double afterPlan = 0;
        for (int t = periods; t < project.horizon(); t++) {
            afterPlan += finance.discountFactor(project.periodUnit(), t);
        }
        return new Discounting(factor, afterPlan);
    }
}
