package dev.corridor.model.plan;

import java.util.List;

/**
 * Why the plan ends when it does.
 *
 * @param criticalChain from the first stage to the one that finishes last, each with what holds it
 *                      where it is: the stage before it in the chain (a predecessor, or the holder of a
 *                      resource it waits for), a closed season, a budget cap or its release. To bring
 *                      the end forward, something on this chain has to give.
 */
public record Explanation(List<ChainLink> criticalChain) {

    public Explanation {
        criticalChain = criticalChain == null ? List.of() : List.copyOf(criticalChain);
    }

    public boolean isCritical(String stage) {
        return criticalChain.stream().anyMatch(link -> link.stage().equals(stage));
    }
}
