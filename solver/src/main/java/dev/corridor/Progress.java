package dev.corridor;

import java.time.Duration;

/**
 * How a solve is going, reported each time the search finds a better plan.
 *
 * @param round 0 while scheduling alone; 1, 2 … in the rounds that re-schedule with the price of cash
 * @param rounds how many of those rounds were asked for
 * @param bestScore the best plan's score in the running search (hard/medium/soft)
 * @param makespan the best plan's end, in periods
 * @param elapsed since the solve began
 */
public record Progress(int round, int rounds, String bestScore, int makespan, boolean feasible, Duration elapsed) {
}
