package dev.corridor;

import dev.corridor.io.projectfile.PlanWriter;
import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;
import dev.corridor.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;

/** A plan shown to people: as a self-contained HTML page, or as an MS Project file. */
public final class Reports {

    private Reports() {
    }

    /** The plan as one self-contained HTML page. */
    public static String html(Plan plan) {
        return HtmlReport.of(plan, BuildInfo.version());
    }

    /** The plan as one page, with a section on its risk analysis. */
    public static String html(Plan plan, dev.corridor.model.risk.RiskReport risk) {
        return HtmlReport.of(plan, risk, BuildInfo.version());
    }

    /** True when {@code file} is a page this tool drew, which drawing again may replace. */
    public static boolean isReport(Path file) {
        return HtmlReport.isReport(file);
    }

    /** Why the plan of {@code project} cannot be written as an MS Project file, or null when it can. */
    public static String whyNotExport(Project project) {
        return PlanWriter.cannotExport(project);
    }

    /** Writes the plan, with its dataset, as an MS Project XML file (MSPDI). */
    public static void export(Project project, Plan plan, Path target) throws IOException {
        PlanWriter.write(project, plan, target);
    }

    /**
     * Writes the plan, with its dataset, as a project file in {@code format}: with a data date, the
     * progress too (status date, actual dates, remaining durations), so the re-plan goes back into P6.
     */
    public static void export(Project project, Plan plan, Path target, ExportFormat format) throws IOException {
        PlanWriter.write(project, plan, target, switch (format) {
            case MSPDI -> PlanWriter.Format.MSPDI;
            case P6_XML -> PlanWriter.Format.P6_XML;
            case XER -> PlanWriter.Format.XER;
        });
    }
}
