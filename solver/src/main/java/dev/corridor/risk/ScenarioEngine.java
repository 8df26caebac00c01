package dev.corridor.risk;

/**
 * Where the scenarios of a risk analysis run: this machine's threads ({@link LocalScenarios}) or a
 * cluster. An engine only decides where; what each scenario comes to is
 * {@link RiskAnalysis#scenario}, so every engine gives the same report.
 */
public interface ScenarioEngine {

    /**
     * The scenarios 0 to {@code batch.size() - 1} of {@code batch}, in order, each as
     * {@link RiskAnalysis#scenario} gives it; null for one not run because {@code watch} stopped the run.
     */
    Outcome[][] run(ScenarioBatch batch, RiskWatch watch);
}
