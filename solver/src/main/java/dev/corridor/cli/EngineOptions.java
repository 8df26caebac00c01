package dev.corridor.cli;

import java.util.ServiceLoader;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --engine} and {@code --master}, mixed into the commands whose work can run on a cluster:
 * which engine, and the engine found through {@link ServiceLoader}, so the command needs no
 * cluster's libraries unless one is asked for.
 */
public final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "Where the work runs: local, this machine (default), or spark, a Spark cluster (with the Spark "
                    + "engine on the class path: see README, Risk on Spark). The same results either way.")
    private String name;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the cluster's master, e.g. spark://host:7077 (default: spark-submit's, "
                    + "else local[cores]).")
    private String master;

    /** True for this machine's own engine. */
    public boolean isLocal() {
        return name.equals("local");
    }

    /** The master given, or null for the engine's own. */
    public String master() {
        return master;
    }

    /**
     * The engine {@code opening} opens, or a refusal naming --engine and --master where it cannot
     * start (a master URL Spark cannot parse, a master that does not answer): the user's mistake,
     * told in words, not a cluster library's stack trace.
     */
    public <E> E open(java.util.function.Supplier<E> opening) throws Refusal {
        try {
            return opening.get();
        } catch (Exception e) {
            // Scala code also throws checked exceptions Java does not declare (Spark's SparkException).
            throw new Refusal("--engine " + name + (master == null ? "" : " --master " + master)
                    + ": the engine could not start: " + firstLine(e));
        }
    }

    private static String firstLine(Throwable e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /**
     * The provider of the engine --engine names, or null for this machine.
     *
     * @throws Refusal for an engine not on the class path, or --master without a cluster engine
     */
    public <P> P provider(Class<P> type, Function<P, String> nameOf) throws Refusal {
        if (name.equals("local")) {
            if (master != null) {
                throw new Refusal("--master is for --engine spark; the local engine runs on this machine.");
            }
            return null;
        }
        for (var provider : ServiceLoader.load(type)) {
            if (nameOf.apply(provider).equals(name)) {
                return provider;
            }
        }
        throw new Refusal("no engine \"" + name + "\" here: give --engine local" + (name.equals("spark")
                ? ", or run the Spark engine's application jar (spark/target/corridor-spark.jar; README, Risk on Spark)"
                : " or spark") + ".");
    }
}
