package dev.corridor.model.plan;

import java.util.List;

/**
 * Why the plan ends when it does.
 *
 * @param criticalChain from the first stage to the one that finishes last, each with what holds it
 *                      where it is: the stage before it in the chain (a predecessor, or the holder of a
 *                      resource it waits for), a closed season, a budget cap or its release. To bring
 *                      the end forward, something on this chain has to give.
 * @param moved for a plan made against a baseline: the stages not started whose start moved most from
 *              it, each with what holds it where it is now; empty otherwise
 */
public record Explanation(List<ChainLink> criticalChain,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<ChainLink> moved) {

    public Explanation {
        criticalChain = criticalChain == null ? List.of() : List.copyOf(criticalChain);
        moved = moved == null ? List.of() : List.copyOf(moved);
    }

    /** Why a plan without a baseline ends when it does. */
    public Explanation(List<ChainLink> criticalChain) {
        this(criticalChain, List.of());
    }

    public boolean isCritical(String stage) {
        return criticalChain.stream().anyMatch(link -> link.stage().equals(stage));
    }
}
