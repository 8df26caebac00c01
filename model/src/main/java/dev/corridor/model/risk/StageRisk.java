package dev.corridor.model.risk;

/**
 * A stage over the iterations of a risk analysis.
 *
 * @param criticality the share of the iterations in which it is on a critical chain ending at the
 *                    project's finish: through each tight link (the successor starts, or finishes, as
 *                    early as the link allows), and from a stage that waits for a crew or for money to
 *                    the stages that end as it starts
 * @param cruciality the rank (Spearman) correlation of its duration with the project's finish; 0 for
 *                   a stage whose duration never varies
 */
public record StageRisk(String id, double criticality, double cruciality) {
}
