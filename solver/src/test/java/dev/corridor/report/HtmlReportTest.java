package dev.corridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Stage;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportFetchesNothing() {
        var html = HtmlReport.of(Solve.checked(Projects.dataset("demo-small.json"), SolveOptions.stepLimit(100)));

        assertThat(html).doesNotContainPattern("(src|href)\\s*=\\s*\"(https?:)?//")
                .doesNotContain("@import", "url(http", "<link ");
        assertThat(html).contains("<style>", "<script>");
    }

    @Test
    void namesFromTheDatasetCannotInjectMarkup() {
        var project = new Projects.Builder()
                .stage(new Stage("s<script>alert(1)</script>", "\"quoted\" & <b>bold</b>", CorridorSystem.DATA, null, null,
                        null, List.of(new Mode("standard", 2, Money.rounded(1), Map.of())), List.of()))
                .build();
        var html = HtmlReport.of(Solve.checked(project, SolveOptions.stepLimit(10)));

        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<b>bold</b>")
                .contains("s&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void everyStageHasOneGanttRowAndTheChainIsMarked() {
        var plan = Solve.checked(Projects.dataset("demo-small.json"), SolveOptions.stepLimit(100));
        var html = HtmlReport.of(plan);

        var rows = Pattern.compile("<g class=\"row( critical)?\" data-stage=\"([^\"]+)\"").matcher(html);
        int count = 0;
        int critical = 0;
        while (rows.find()) {
            count++;
            if (rows.group(1) != null) {
                critical++;
                assertThat(plan.explanation().isCritical(rows.group(2))).isTrue();
            }
        }
        assertThat(count).isEqualTo(plan.stages().size());
        assertThat(critical).isEqualTo(plan.explanation().criticalChain().size());
    }

    @Test
    void aStageOnACalendarIsDrawnAsItsWorkedPeriodsWithTheClosedSeasonShaded() {
        var project = new Projects.Builder()
                .calendar("summer", 12, 5, 6, 7, 8)
                .stage(new Stage("track", "Track", CorridorSystem.FREIGHT, "summer", null, null,
                        List.of(new Mode("standard", 6, Money.rounded(1), Map.of())), List.of()))
                .build();
        var plan = Solve.checked(project, SolveOptions.stepLimit(10));
        var html = HtmlReport.of(plan);

        // Six worked months over two summers: June-September, then June-July of the next year.
        assertThat(plan.stages().get(0).finish()).isEqualTo(19);
        var row = html.substring(html.indexOf("data-stage=\"track\""));
        row = row.substring(0, row.indexOf("</g>"));
        assertThat(Pattern.compile("class=\"bar ").matcher(row).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("class=\"season-closed\"").matcher(row).results().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPsplibPlanWithoutDatesOrMoneyNamesNeitherAsNull() {
        var html = HtmlReport.of(Solve.checked(Projects.psplib("j30", "j301_1"), SolveOptions.stepLimit(10)));

        assertThat(html).doesNotContain("null").contains("t=0", "periods");
    }

    @Test
    void onlyReportsThisToolWroteCountAsReports() throws Exception {
        var report = Files.writeString(dir.resolve("r.html"),
                HtmlReport.of(Solve.checked(Projects.dataset("demo-small.json"), SolveOptions.stepLimit(10))));
        var other = Files.writeString(dir.resolve("o.html"), "<!DOCTYPE html><html><head><title>mine</title></head></html>");

        assertThat(HtmlReport.isReport(report)).isTrue();
        assertThat(HtmlReport.isReport(other)).isFalse();
        assertThat(HtmlReport.isReport(dir.resolve("missing.html"))).isFalse();
    }
}
