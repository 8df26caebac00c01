package dev.corridor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corridor.SolveOptions;
import dev.corridor.generate.SyntheticCorridor;
import dev.corridor.model.plan.Plan;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in a real browser, headless Chromium: the page must run its script without an
 * error and draw a Gantt row for every stage. {@code .ci/run} installs Chromium where it is missing.
 */
class ReportInBrowserTest {

    private static Path browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void findBrowser() {
        browser = Chromium.find();
        if (browser == null && System.getenv("CORRIDOR_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("CORRIDOR_REQUIRE_BROWSER is set but no Chromium is installed "
                    + "(apt-get install chromium, or set CHROMIUM to its path)");
        }
        assumeTrue(browser != null, "no Chromium installed (apt-get install chromium, or set CHROMIUM)");
    }

    @Test
    void theBeringReportRendersEveryStageWithoutScriptErrors() throws Exception {
        var plan = Solve.checked(Projects.dataset("bering-strait.json"), SolveOptions.stepLimit(50));

        var page = open(plan);

        assertRendersEveryStage(page, plan);
        assertThat(page.dom()).contains("Why it ends", "Draws by tranche", "Resources: booked against capacity");
        for (var link : plan.explanation().criticalChain()) {
            assertThat(page.dom()).contains("class=\"row critical\" data-stage=\"" + link.stage() + "\"");
        }
    }

    @Test
    void aReportOfOverAThousandStagesStillDrawsThemAll() throws Exception {
        var project = SyntheticCorridor.generate(1200, 7);
        var plan = Solve.checked(project, SolveOptions.stepLimit(0).withFinanceRounds(0));

        var page = open(plan);

        assertRendersEveryStage(page, plan);
    }

    private Chromium.Page open(Plan plan) throws Exception {
        var file = dir.resolve("plan.html");
        Files.writeString(file, HtmlReport.of(plan));
        return Chromium.load(browser, file, dir.resolve("profile"));
    }

    private static void assertRendersEveryStage(Chromium.Page page, Plan plan) {
        assertThat(page.log()).as("the browser's log").doesNotContain("Uncaught", "SyntaxError", "ReferenceError", "TypeError");
        var body = Pattern.compile("<body([^>]*)>").matcher(page.dom());
        assertThat(body.find()).as("a body in the loaded DOM").isTrue();
        assertThat(body.group(1)).as("the script ran to its end without an error")
                .contains("data-ready=\"true\"", "data-gantt-rows=\"" + plan.stages().size() + "\"");
        assertThat(page.dom()).contains("<div id=\"script-errors\"></div>");
        for (var stage : plan.stages()) {
            assertThat(page.dom()).contains("data-stage=\"" + stage.id() + "\"");
        }
    }
}
