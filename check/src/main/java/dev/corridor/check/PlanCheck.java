package dev.corridor.check;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks a plan against its dataset, both read as JSON, recomputing everything from the dataset
 * alone: each stage once in one of its modes, worked periods from the calendars, release, deadline
 * and horizon, all four link types with their lags, renewable use in every period against capacity
 * and its changes, stocks, spend per period from the modes' costs against every budget cap, the
 * draws against their tranches' windows and amounts, cash never below the reserve with fees and
 * interest, the parties' shares, and every figure the plan reports. It shares no code with the
 * solver, so it can catch the solver's mistakes; it reports every violation, not the first.
 */
public final class PlanCheck {

    private PlanCheck() {
    }

    /** Checks the plan file against the dataset file (both JSON). */
    public static Verdict check(Path dataset, Path plan) throws Unreadable {
        return check(dataset.toString(), read(dataset), plan.toString(), read(plan));
    }

    /**
     * Checks a plan given as JSON text against a dataset given as JSON text; the sources name them in
     * messages.
     */
    public static Verdict check(String datasetSource, String datasetJson, String planSource, String planJson)
            throws Unreadable {
        var dataset = DatasetReader.read(datasetSource, datasetJson);
        var plan = PlanFile.read(planSource, planJson);
        var findings = new Findings(Periods.of(dataset));
        var schedule = Schedule.of(dataset, plan, findings);
        LinkRules.check(schedule, findings);
        var use = ResourceRules.use(dataset, schedule);
        ResourceRules.check(dataset, schedule, use, findings);
        var spend = Spend.of(schedule);
        Spend.checkBudgetCaps(dataset, spend, findings);
        if (!schedule.complete()) {
            findings.note("The plan does not place every stage in a mode it has, so its figures and financing were not rechecked.");
            return findings.verdict();
        }
        Figures.check(dataset, schedule, spend, use, plan, findings);
        var financing = Funding.check(dataset, schedule, spend, plan, findings);
        Valuation.check(dataset, schedule, spend, financing, plan, findings);
        var feasible = plan.fields().bool(plan.root(), "feasible", PlanFile.ROOT);
        var verdict = findings.verdict();
        if (feasible != null && !feasible && verdict.holds()) {
            findings.figure("$.feasible", "false", "true: the plan holds every rule");
        }
        return findings.verdict();
    }

    private static String read(Path file) throws Unreadable {
        try {
            var bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new Unreadable(file.toString(), "file", "does not exist; check the path.");
        } catch (CharacterCodingException e) {
            throw new Unreadable(file.toString(), "file", "is not UTF-8 text.");
        } catch (IOException e) {
            throw new Unreadable(file.toString(), "file", "cannot be read (" + e.getMessage() + ").");
        }
    }
}
