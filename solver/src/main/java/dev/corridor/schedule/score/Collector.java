package dev.corridor.schedule.score;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A constraint collector over pairs from its three parts, for the loads the score keeps up to date
 * itself (units per resource and period, spend per budget window): Timefold's interface has no
 * factory for one.
 */
record Collector<A, B, Container, Result>(Supplier<Container> supplier,
        TriFunction<Container, A, B, Runnable> accumulator, Function<Container, Result> finisher)
        implements BiConstraintCollector<A, B, Container, Result> {
}
