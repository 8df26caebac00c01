package dev.corridor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.Planner;
import dev.corridor.RiskJob;
import dev.corridor.RiskOptions;
import dev.corridor.SolveOptions;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.risk.RiskWatch;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark standalone cluster on this machine, as separate JVMs: a master and two workers of one
 * core each, started from Spark's own jars (a Spark installation's {@code jars} folder, made of the
 * jars Maven resolved, corridor's dependencies among them), and the application submitted to it by
 * Spark's own spark-submit ({@code org.apache.spark.deploy.SparkSubmit}), the corridor command line
 * its main class. The risk report the cluster gives is the local engine's, to the byte, and the
 * bench's rows with a step limit are this machine's.
 */
class StandaloneClusterTest {

    private static final Path BERING = Path.of("datasets", "bering-strait-risk.json");
    private static final List<String> OPENS = Stream.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
            "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch",
            "sun.nio.cs", "sun.security.action", "sun.util.calendar")
            .map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();

    @TempDir
    Path dir;

    private final List<Process> cluster = new ArrayList<>();

    @AfterEach
    void stopCluster() {
        cluster.forEach(Process::destroyForcibly);
    }

    @Test
    void aStandaloneMasterWithTwoWorkersGivesTheLocalEnginesRiskReportAndBenchRows() throws Exception {
        var home = sparkHome();
        var application = applicationJar();
        var text = Files.readString(BERING);
        var plan = Planner.solve(ProjectJson.parse(BERING.toString(), text), SolveOptions.stepLimit(50).withFinanceRounds(0));
        var planFile = dir.resolve("bering-risk.plan.json");
        Files.writeString(planFile, PlanJson.toJson(plan));
        // Every plan a test makes goes through the independent checker (corridor check).
        assertThat(dev.corridor.cli.Main.run("check", BERING.toString(), planFile.toString())).as("corridor check").isZero();

        int port = freePort();
        var master = "spark://127.0.0.1:" + port;
        var masterLog = dir.resolve("master.log");
        cluster.add(java(home, null, List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort())), masterLog));
        for (int w = 1; w <= 2; w++) {
            cluster.add(java(home, null, List.of("org.apache.spark.deploy.worker.Worker", "--cores", "1", "--memory", "1g",
                    "--webui-port", Integer.toString(freePort()), "--work-dir", dir.resolve("work-" + w).toString(), master),
                    dir.resolve("worker-" + w + ".log")));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (count(masterLog, "Registering worker") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count(masterLog, "Registering worker")).as("workers registered with the master").isEqualTo(2);

        var report = dir.resolve("cluster.json");
        // The driver runs in the submitting JVM (client mode), corridor's classes beside Spark's, as they
        // are for spark-submit --driver-class-path; the executors get them from the application jar.
        var submit = java(home, application, List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--class",
                "dev.corridor.cli.Main", application.toString(), "risk", BERING.toString(), "--plan", planFile.toString(),
                "--iterations", "60", "--engine", "spark", "-o", report.toString()), dir.resolve("submit.log"));
        assertThat(submit.waitFor(5, TimeUnit.MINUTES)).as("the application ended").isTrue();
        assertThat(submit.exitValue()).as(Files.readString(dir.resolve("submit.log"))).isZero();

        var options = RiskOptions.fixed(60, 42, 2);
        var local = Planner.risk(RiskJob.of(BERING.toString(), text, Files.readString(planFile), options), options, null,
                RiskWatch.NONE);
        assertThat(Files.readString(report)).isEqualTo(JsonFiles.toJson(local));
        // The bench on the same cluster: corridor's rows with a step limit, as this machine prints them.
        var benchLog = dir.resolve("bench.log");
        var bench = java(home, application, List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--class",
                "dev.corridor.benchmarks.CorridorWithBench", application.toString(), "bench", "psplib",
                Path.of("datasets", "psplib", "j30").toString(), "--step-limit", "200", "--engine", "spark"), benchLog);
        assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the bench ended").isTrue();
        assertThat(bench.exitValue()).as(Files.readString(benchLog)).isZero();
        var out = new java.io.StringWriter();
        var commandLine = dev.corridor.cli.Main.commandLine(new dev.corridor.benchmarks.psplib.BenchCommand());
        commandLine.setOut(new java.io.PrintWriter(out, true));
        assertThat(dev.corridor.cli.Main.run(commandLine, "bench", "psplib", Path.of("datasets", "psplib", "j30").toString(),
                "--step-limit", "200")).isZero();
        assertThat(rows(Files.readString(benchLog))).hasSize(7).isEqualTo(rows(out.toString()));

        // An executor lost in the middle of a run: Spark runs its tasks again elsewhere, and the report
        // is the same, as each scenario depends on its batch and number alone. Enough scenarios (a task
        // of a few seconds) that the executor is killed while its own log shows a task begun and not
        // finished. Spark does not always log "Lost task" for the task it held: on a slow machine a fresh
        // clone saw the executor killed mid-task, the driver log "Lost executor ... exited with code 137"
        // and no such line, three attempts in a row. So the test holds to what is certain: the driver lost
        // the executor, and the report is whole and the local engine's.
        var lostReport = dir.resolve("lost.json");
        var lostLog = dir.resolve("lost.log");
        var lost = java(home, application, List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--class",
                "dev.corridor.cli.Main", application.toString(), "risk", BERING.toString(), "--plan", planFile.toString(),
                "--iterations", "120", "--policy", "replan", "--replan-steps", "20", "--engine", "spark", "-o",
                lostReport.toString()), lostLog);
        var executor = waitForChild(cluster.get(1).toHandle(), lost);
        assertThat(waitForRunningTask(dir.resolve("work-1"), lost)).as("the executor running a task").isTrue();
        assertThat(lost.isAlive()).as("the run still going when its executor is killed").isTrue();
        executor.destroyForcibly();
        assertThat(lost.waitFor(5, TimeUnit.MINUTES)).as("the run ended").isTrue();
        assertThat(lost.exitValue()).as(Files.readString(lostLog, StandardCharsets.ISO_8859_1)).isZero();
        assertThat(count(lostLog, "Lost executor")).as("the executor lost, as the driver saw it").isPositive();
        var replan = RiskOptions.fixed(120, 42, 2).withPolicy(dev.corridor.risk.RiskPolicy.REPLAN).withReplanSteps(20);
        var localReplan = Planner.risk(RiskJob.of(BERING.toString(), text, Files.readString(planFile), replan), replan,
                null, RiskWatch.NONE);
        assertThat(Files.readString(lostReport)).isEqualTo(JsonFiles.toJson(localReplan));

        // Both workers ran an executor: the scenarios were spread over the cluster.
        for (int w = 1; w <= 2; w++) {
            assertThat(count(dir.resolve("worker-" + w + ".log"), "Asked to launch executor")).as("worker " + w).isPositive();
        }
    }

    /**
     * A Spark installation's layout, as a worker needs it to launch executors: {@code jars/} with
     * every jar of this test's class path (Spark's, and corridor's dependencies with them).
     */
    private Path sparkHome() throws IOException {
        var jars = Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
        for (var entry : classPath()) {
            if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
                var link = jars.resolve(entry.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, entry.toAbsolutePath());
                }
            }
        }
        return jars.getParent();
    }

    /** corridor's own classes (the modules' class folders) as one application jar, as the shaded jar holds them. */
    private Path applicationJar() throws IOException {
        var jar = dir.resolve("corridor-app.jar");
        var seen = new HashSet<String>();
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var entry : classPath()) {
                if (!Files.isDirectory(entry) || entry.toString().contains("test-classes")) {
                    continue;
                }
                try (var files = Files.walk(entry)) {
                    for (var file : files.filter(Files::isRegularFile).toList()) {
                        var name = entry.relativize(file).toString().replace(File.separatorChar, '/');
                        if (seen.add(name)) {
                            out.putNextEntry(new JarEntry(name));
                            Files.copy(file, out);
                            out.closeEntry();
                        }
                    }
                }
            }
        }
        return jar;
    }

    private static List<Path> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    /**
     * A JVM on Spark's jars (and {@code application}, when given), with SPARK_HOME set and the JDK
     * opened as Spark's launcher opens it.
     */
    private static Process java(Path home, Path application, List<String> arguments, Path log) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPENS);
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(home.resolve("jars") + File.separator + "*" + (application == null ? "" : File.pathSeparator + application));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        // Spark's launcher looks for a build folder to learn its Scala version unless told.
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    /** The first process {@code parent} starts (a worker's executor) after {@code run} started, while it runs. */
    private static ProcessHandle waitForChild(ProcessHandle parent, Process run) throws InterruptedException {
        var started = run.info().startInstant().orElseThrow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && run.isAlive()) {
            var child = parent.children().filter(p -> p.isAlive()
                    && p.info().startInstant().map(at -> at.isAfter(started)).orElse(false)).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the worker started no executor");
    }

    /**
     * Whether an executor of the newest application under a worker's {@code workDir} (the run's: Spark
     * numbers them in order) is running a task by its log, a task begun and not yet finished, waiting
     * up to a minute while {@code run} goes on. An executor between tasks would hold none when killed.
     */
    private static boolean waitForRunningTask(Path workDir, Process run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && run.isAlive()) {
            Path newest;
            try (var apps = Files.list(workDir)) {
                newest = apps.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName)).orElse(null);
            }
            if (newest != null) {
                try (var files = Files.walk(newest)) {
                    for (var log : files.filter(file -> file.getFileName().toString().equals("stderr")).toList()) {
                        if (count(log, "Running task") > count(log, "Finished task")) {
                            return true;
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** A bench's rows, one per instance. */
    private static List<String> rows(String output) {
        return output.lines().filter(line -> line.matches("j30\\d+_\\d+ .*")).toList();
    }

    private static int count(Path log, String text) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        // Latin-1, which reads any byte: a log may hold bytes that are not UTF-8.
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return (int) lines.filter(line -> line.contains(text)).count();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
