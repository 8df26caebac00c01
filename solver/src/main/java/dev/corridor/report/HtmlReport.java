package dev.corridor.report;

import static dev.corridor.report.Svg.escape;
import static dev.corridor.report.Svg.money;

import dev.corridor.model.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A plan as one self-contained HTML page: Gantt chart by system with seasons and the critical chain,
 * resource histograms against capacity, spend against the budget caps, the financing, and why the
 * plan ends when it does. Styles and the small script are inline; nothing is fetched, so the file
 * can be mailed, archived and printed as it is.
 */
public final class HtmlReport {

    /** Marks a page as a corridor report, so writing a new one may replace it. */
    private static final String GENERATOR = "corridor report";

    private HtmlReport() {
    }

    /** The page, without the version of what drew it. */
    public static String of(Plan plan) {
        return of(plan, null);
    }

    /** The page; {@code generator} (e.g. "0.1.0") names the version that drew it in the page's metadata. */
    public static String of(Plan plan, String generator) {
        return of(plan, null, generator);
    }

    /** The page with a section on {@code risk}, a risk analysis of the plan (none when null). */
    public static String of(Plan plan, dev.corridor.model.risk.RiskReport risk, String generator) {
        var axis = new TimeAxis(plan);
        var money = new MoneyCharts(plan, axis);
        var page = new StringBuilder(64 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"").append(GENERATOR).append(generator == null ? "" : " " + escape(generator))
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(plan.dataset())).append(" — plan</title>\n<style>\n").append(resource("report.css"))
                .append("</style>\n</head>\n<body>\n");
        page.append(header(plan));
        page.append("<div class=\"controls\"><button id=\"zoom-out\" type=\"button\">−</button><span id=\"zoom-level\">100 %</span>")
                .append("<button id=\"zoom-in\" type=\"button\">+</button><button id=\"zoom-reset\" type=\"button\">fit</button>")
                .append("<button id=\"expand-all\" type=\"button\">open all systems</button>")
                .append("<input id=\"stage-search\" type=\"search\" placeholder=\"find a stage\" aria-label=\"find a stage\">")
                .append("<span class=\"hint\">hover a bar for its dates, mode, cost, slack and what holds it</span></div>\n");
        page.append("<div id=\"script-errors\"></div>\n");
        page.append("<h2>Schedule</h2>\n<ul class=\"legend\">")
                .append("<li><span class=\"swatch sys-freight\"></span>freight</li><li><span class=\"swatch sys-energy\"></span>energy</li>")
                .append("<li><span class=\"swatch sys-data\"></span>data</li><li><span class=\"swatch sys-shared\"></span>shared</li>")
                .append("<li><span class=\"swatch critical\"></span>critical chain</li>")
                .append("<li><span class=\"swatch closed\"></span>closed season of the stage's calendar (work pauses)</li>")
                .append(plan.dataDate() == null ? "" : "<li><span class=\"swatch history\"></span>history, before the data date "
                        + escape(plan.periodLabel(plan.dataDate())) + " (the red line)</li>")
                .append(plan.hasBaseline()
                        ? "<li><span class=\"swatch baseline\"></span>where the baseline had the stage</li>" : "")
                .append("</ul>\n");
        page.append("<div class=\"chart\">\n").append(new GanttChart(plan, axis).html()).append("</div>\n");
        if (!plan.resources().isEmpty()) {
            page.append("<h2>Resources: booked against capacity</h2>\n<div class=\"chart\">\n")
                    .append(new ResourceCharts(plan, axis).html()).append("</div>\n");
        }
        page.append("<h2>Spend and budget caps</h2>\n<div class=\"chart\">\n").append(money.spend()).append("</div>\n");
        if (plan.finance() != null) {
            page.append("<h2>Financing</h2>\n").append(financeSummary(plan)).append("<div class=\"chart\">\n")
                    .append(money.draws()).append("</div>\n");
        }
        if (risk != null) {
            page.append(new RiskCharts(plan, risk).html());
        }
        page.append(movedFromBaseline(plan));
        page.append(explanation(plan));
        page.append(footer(plan));
        page.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    /** True if the file is a report this tool wrote: a new one may replace it. */
    public static boolean isReport(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            var head = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
            return head.contains("<meta name=\"generator\" content=\"" + GENERATOR);
        } catch (IOException e) {
            return false;
        }
    }

    private static String header(Plan plan) {
        var html = new StringBuilder("<header>\n<h1>").append(escape(plan.dataset())).append("</h1>\n");
        boolean scheduleOk = plan.scheduleFeasible();
        String verdict = plan.feasible() ? "Feasible plan" : scheduleOk ? "Schedule feasible, but the money falls short"
                : "No feasible plan: hard constraints are broken";
        html.append("<div class=\"verdict ").append(plan.feasible() ? "ok" : "bad").append("\">").append(verdict)
                .append("</div>\n<ul class=\"figures\">");
        figure(html, plan.periodLabel(plan.makespan()), "finishes");
        figure(html, plan.makespan() + " " + unit(plan), "makespan");
        figure(html, money(plan.totalCost()), plan.moneyLabel().isEmpty() ? "cost" : "cost, " + plan.moneyLabel());
        if (plan.finance() != null) {
            figure(html, money(plan.finance().cost()), "financing cost (present value)");
        }
        if (plan.value() != null) {
            figure(html, money(plan.value().netPresentValue()), "net present value");
        }
        figure(html, Integer.toString(plan.stages().size()), "stages");
        if (plan.explanation() != null) {
            figure(html, Integer.toString(plan.explanation().criticalChain().size()), "on the critical chain");
        }
        html.append("</ul>\n");
        if (!plan.systems().isEmpty()) {
            html.append("<ul class=\"legend\">");
            plan.systems().forEach(system -> html.append("<li><span class=\"swatch sys-")
                    .append(system.system().name().toLowerCase(Locale.ROOT)).append("\"></span>")
                    .append(escape(GanttChart.title(system.system()))).append(" complete ")
                    .append(escape(plan.periodLabel(system.finish()))).append("</li>"));
            html.append("</ul>\n");
        }
        return html.append("</header>\n").toString();
    }

    private static void figure(StringBuilder html, String value, String what) {
        html.append("<li><b>").append(escape(value)).append("</b><span>").append(escape(what)).append("</span></li>");
    }

    private static String unit(Plan plan) {
        return plan.periodUnit() == null ? "periods" : plan.periodUnit().name().toLowerCase(Locale.ROOT) + "s";
    }

    private static String financeSummary(Plan plan) {
        var finance = plan.finance();
        var html = new StringBuilder("<p>");
        html.append(finance.funded() ? "Every period is funded." : "Short by " + money(finance.totalGap()) + " in "
                + finance.gap().size() + " periods.");
        html.append(" Financing costs ").append(money(finance.cost())).append(" in present value.");
        var comparison = plan.comparison();
        if (comparison != null) {
            html.append(" Scheduling first and financing after gives a net present value of ")
                    .append(comparison.scheduleThenFinance().value() == null ? "n/a"
                            : money(comparison.scheduleThenFinance().value().netPresentValue()))
                    .append("; scheduling and financing together (").append(comparison.rounds()).append(" rounds) gives ")
                    .append(comparison.joint().value() == null ? "n/a" : money(comparison.joint().value().netPresentValue()))
                    .append('.');
        }
        return html.append("</p>\n").toString();
    }

    private static String explanation(Plan plan) {
        var html = new StringBuilder("<h2>Why it ends ").append(escape(plan.periodLabel(plan.makespan()))).append("</h2>\n");
        if (plan.explanation() == null) {
            html.append("<p>This plan carries no explanation; <code>corridor explain PLAN --dataset DATASET</code> works one out.</p>\n");
        } else {
            html.append("<p>The critical chain, first to last: each stage is held where it is by the one before it or by what")
                    .append(" it names. To bring the end forward, something on this chain has to give.</p>\n")
                    .append("<table class=\"chain\"><thead><tr><th>Start</th><th>Finish</th><th>Held by</th><th>Why</th></tr>")
                    .append("</thead><tbody>\n");
            for (var link : plan.explanation().criticalChain()) {
                html.append("<tr><td>").append(escape(plan.periodLabel(link.start()))).append("</td><td>")
                        .append(escape(plan.periodLabel(link.finish()))).append("</td><td class=\"hold\">")
                        .append(link.heldBy().label()).append("</td><td>")
                        .append(escape(link.detail())).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        var slack = plan.mostSlack(10);
        if (!slack.isEmpty()) {
            html.append("<p>Most free slack (periods a stage can start later, everything else in place, without breaking a ")
                    .append("rule or moving the end):</p>\n<table><tbody>\n");
            slack.forEach(stage -> html.append("<tr><td class=\"num\">").append(stage.slack()).append("</td><td>")
                    .append(escape(stage.id())).append("</td></tr>\n"));
            html.append("</tbody></table>\n");
        }
        html.append("<p>Score ").append(escape(plan.score())).append(", by constraint:</p>\n<table><thead><tr><th>Constraint</th>")
                .append("<th>Level</th><th>Penalty</th><th>Matches</th></tr></thead><tbody>\n");
        for (var constraint : plan.constraints()) {
            html.append("<tr><td>").append(escape(constraint.name())).append("</td><td>").append(escape(constraint.level()))
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", constraint.penalty()))
                    .append("</td><td class=\"num\">").append(constraint.matches()).append("</td></tr>\n");
        }
        if (plan.constraints().isEmpty()) {
            html.append("<tr><td colspan=\"4\">Nothing costs anything.</td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /** The stages whose finish moved most from the baseline, for a plan made against one. */
    private static String movedFromBaseline(Plan plan) {
        if (!plan.hasBaseline()) {
            return "";
        }
        var moved = plan.finishMovedMost(10);
        var html = new StringBuilder("<h2>Against the baseline</h2>\n");
        if (moved.isEmpty()) {
            return html.append("<p>Every stage finishes where the baseline had it.</p>\n").toString();
        }
        html.append("<table class=\"moved\"><thead><tr><th>Stage</th><th>Baseline finish</th><th>Finish</th>")
                .append("<th>Variance</th></tr></thead><tbody>\n");
        for (var stage : moved) {
            html.append("<tr><td>").append(escape(stage.id())).append("</td><td>")
                    .append(escape(plan.periodLabel(stage.baselineFinish()))).append("</td><td>")
                    .append(escape(plan.periodLabel(stage.finish()))).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+d", stage.finish() - stage.baselineFinish())).append("</td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    private static String footer(Plan plan) {
        var stats = plan.stats();
        var html = new StringBuilder("<footer>");
        if (stats != null) {
            html.append(escape(stats.solverVersion() == null ? "" : stats.solverVersion())).append(" · seed ").append(stats.seed())
                    .append(stats.stepLimit() == null ? "" : " · step limit " + stats.stepLimit())
                    .append(String.format(Locale.ROOT, " · searched %.1f s, %,d moves", stats.elapsedMillis() / 1000.0,
                            stats.moveEvaluations()));
        }
        return html.append("</footer>\n").toString();
    }

    private static String resource(String name) {
        try (var in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The report's " + name + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
