package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.check.PlanCheck;
import dev.corridor.check.Rule;
import dev.corridor.check.Unreadable;
import dev.corridor.check.Verdict;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.ProjectJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a plan against its dataset with the independent checker, which shares no code with the "
                + "solver.",
                "It recomputes from the dataset alone: every stage once in one of its modes, calendars, release, "
                + "deadline, horizon, all four link types with lags, capacity in every period, stocks, budget caps, "
                + "draws, cash and party shares, and every figure the plan reports.",
                "Exit 0 when the plan holds every rule and its figures are true; 3 with every violation listed."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset JSON, PSPLIB .sm/.mm or project file (.xer, .xml, .mpp).")
    private Path dataset;

    @Parameters(index = "1", paramLabel = "PLAN", description = "Plan JSON, as corridor solve writes it or edited by hand "
            + "(at the least: stages with id, mode and start).")
    private Path plan;

    @Override
    public Integer call() throws InvalidInputException, Unreadable {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        // The dataset must be valid before a plan can be judged against it; the same validation as solve.
        var project = Datasets.read(dataset, warning -> err.println("warning: " + dataset + ": " + warning));
        var datasetJson = Datasets.isDatasetJson(dataset) ? ProjectJson.readText(dataset) : JsonFiles.toJson(project);
        var planJson = ProjectJson.readText(plan);
        var verdict = PlanCheck.check(dataset.toString(), datasetJson, plan.toString(), planJson);
        print(verdict, saysFeasible(planJson), out);
        return verdict.holds() ? ExitCode.OK : ExitCode.NO_FEASIBLE_PLAN;
    }

    private void print(Verdict verdict, boolean saysFeasible, java.io.PrintWriter out) {
        if (verdict.holds()) {
            out.printf("%s holds every rule of %s, and every figure it reports is true.%n", plan, dataset);
        } else {
            int count = verdict.violations().size();
            var byRule = new java.util.EnumMap<Rule, Integer>(Rule.class);
            verdict.violations().forEach(v -> byRule.merge(v.rule(), 1, Integer::sum));
            var kinds = byRule.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).toList();
            out.printf("%s: %d %s against %s (%s):%n", plan, count, count == 1 ? "violation" : "violations", dataset,
                    String.join(", ", kinds));
            verdict.violations().forEach(violation -> out.println("  " + violation.message()));
            if (!saysFeasible && verdict.of(Rule.FIGURE).isEmpty()) {
                out.println("The plan says so itself: it is marked not feasible, and every figure it reports is true.");
            }
        }
        verdict.notes().forEach(note -> out.println("note: " + note));
    }

    /** What the plan says of itself; a plan written by hand may say nothing (then it claims no more than its stages). */
    private static boolean saysFeasible(String planJson) {
        try {
            var feasible = JsonFiles.mapper().readTree(planJson).get("feasible");
            return feasible == null || !feasible.isBoolean() || feasible.asBoolean();
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
