package dev.corridor.check;

/** The rules a plan must hold, each named as a planner would say it. */
public enum Rule {
    /** A stage of the dataset is not in the plan. */
    STAGE_MISSING,
    /** A stage is in the plan more than once. */
    STAGE_TWICE,
    /** The plan has a stage the dataset does not. */
    STAGE_UNKNOWN,
    /** A stage runs in a mode it does not have, or in none where it has several. */
    MODE,
    /** A stage's finish is not where its worked periods end. */
    WORKED_PERIODS,
    /** A seasonal stage starts in a closed period of its calendar. */
    CLOSED_SEASON,
    /** A stage starts before period 0. */
    PROJECT_START,
    /** A stage starts before its release. */
    RELEASE,
    /** A stage finishes after its deadline. */
    DEADLINE,
    /** A stage finishes after the horizon. */
    HORIZON,
    /**
     * A stage's recorded progress is not kept (its actual start, finish or mode, the status it has at
     * the data date), or work not yet done is planned before the data date.
     */
    PROGRESS,
    /** A precedence link (FS, SS, FF, SF with its lag) is broken. */
    LINK,
    /** A renewable resource holds more units in a period than its capacity there. */
    CAPACITY,
    /** The modes use up more of a non-renewable stock than there is. */
    STOCK,
    /** Spend inside a budget window is above its cap. */
    BUDGET_CAP,
    /** A draw names a tranche the dataset does not have. */
    DRAW_TRANCHE,
    /** A draw falls outside its tranche's window or outside the plan's periods. */
    DRAW_WINDOW,
    /** A draw is negative or not in whole thousandths of the money unit. */
    DRAW_AMOUNT,
    /** A tranche is drawn beyond its amount. */
    TRANCHE_CAP,
    /** Cash in hand falls below the reserve. */
    CASH_RESERVE,
    /** The plan reports money short in a period: the tranches do not cover its spend. */
    MONEY_SHORT,
    /** A party's share of all draws is outside its bounds. */
    PARTY_SHARE,
    /** A figure the plan reports differs from the one recomputed from the dataset. */
    FIGURE;

    /** As a planner reads it: "budget cap", "cash reserve", "figure". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
