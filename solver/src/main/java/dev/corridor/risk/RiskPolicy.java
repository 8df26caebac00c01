package dev.corridor.risk;

/** How each scenario of a risk analysis is planned. */
public enum RiskPolicy {
    /** The plan's order and modes replayed: what happens if nobody reacts. */
    FIXED,
    /** The scenario re-solved briefly from the plan, as a planner would after the fact. */
    REPLAN
}
