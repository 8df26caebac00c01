package dev.corridor;

import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.risk.RiskAnalysis;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A risk analysis as text, to send to other machines: the dataset and the plan as their JSON, and
 * how each scenario is planned and financed. Every machine parses the same text, so each builds the
 * same {@link RiskAnalysis} and gives each scenario the same outcome; the driver builds its own from
 * the same text too.
 *
 * @param source the dataset's name, for messages
 * @param replanSteps the replan policy's local-search steps in each scenario
 * @param financeStep periods per step of each scenario's financing (0 for the default)
 */
public record RiskJob(String source, String datasetJson, String planJson, int replanSteps, int financeStep)
        implements Serializable {

    /** Analyses built in this JVM, by job: an executor builds one per job, not one per task. */
    private static final Map<RiskJob, RiskAnalysis> BUILT = new ConcurrentHashMap<>();
    /** Jobs kept at most; a long-lived executor runs one or two. */
    private static final int KEPT = 4;

    /** The job of {@code options}' planning and financing. */
    public static RiskJob of(String source, String datasetJson, String planJson, RiskOptions options) {
        return new RiskJob(source, datasetJson, planJson, options.replanSteps(), options.financeStep());
    }

    /**
     * The analysis this job describes, built once per JVM.
     *
     * @throws IllegalArgumentException if the texts are not a valid dataset and a plan of it
     */
    public RiskAnalysis analysis() {
        var built = BUILT.get(this);
        if (built != null) {
            return built;
        }
        if (BUILT.size() >= KEPT) {
            BUILT.clear();
        }
        return BUILT.computeIfAbsent(this, RiskJob::build);
    }

    private RiskAnalysis build() {
        try {
            var project = ProjectJson.parse(source, datasetJson);
            var plan = PlanJson.parse(source + " (plan)", planJson);
            return new RiskAnalysis(project, plan, Planner.scenarioPlanner(replanSteps), financeStep);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.describe(), e);
        }
    }
}
