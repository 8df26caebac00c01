package dev.corridor.spark;

import dev.corridor.RiskEngine;
import dev.corridor.RiskJob;
import dev.corridor.risk.ScenarioEngine;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark session that runs risk scenarios. The master is the one given, else the one spark-submit
 * configured, else {@code local[threads]}: the same command runs on a laptop and on a cluster.
 */
public final class SparkEngine implements RiskEngine {

    private final SparkSession session;
    private final JavaSparkContext spark;

    /** A session on {@code master} (null: spark-submit's, else local[threads]). */
    public SparkEngine(String master, int threads) {
        var conf = new SparkConf().setAppName("corridor risk").set("spark.ui.enabled", "false")
                // Outcomes are plain Java records; Kryo would need each class registered to beat Java serialisation.
                .set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + Math.max(1, threads) + "]");
        }
        this.session = SparkSession.builder().config(conf).getOrCreate();
        this.spark = JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    @Override
    public ScenarioEngine scenarios(RiskJob job) {
        return new SparkScenarios(spark, job);
    }

    JavaSparkContext context() {
        return spark;
    }

    /** The master the session runs on, e.g. local[2] or spark://host:7077. */
    public String master() {
        return spark.master();
    }

    @Override
    public void close() {
        session.stop();
    }

    /** {@code --engine spark}. */
    public static final class Provider implements RiskEngine.Provider {

        @Override
        public String name() {
            return "spark";
        }

        @Override
        public RiskEngine open(String master, int threads) {
            return new SparkEngine(master, threads);
        }
    }
}
