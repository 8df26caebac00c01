package dev.corridor.model.risk;

/**
 * A stage over the iterations of a risk analysis.
 *
 * @param criticality the share of the iterations in which it is on a critical chain: a chain of
 *                    links each tight (the successor starts, or finishes, as early as the link allows)
 *                    ending at the project's finish
 * @param cruciality the rank (Spearman) correlation of its duration with the project's finish; 0 for
 *                   a stage whose duration never varies
 */
public record StageRisk(String id, double criticality, double cruciality) {
}
