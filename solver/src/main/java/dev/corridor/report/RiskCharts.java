package dev.corridor.report;

import static dev.corridor.report.Svg.escape;
import static dev.corridor.report.Svg.n;
import static dev.corridor.report.Svg.rect;
import static dev.corridor.report.Svg.text;

import dev.corridor.model.plan.Plan;
import dev.corridor.model.risk.CostPoint;
import dev.corridor.model.risk.FundingRisk;
import dev.corridor.model.risk.Percentiles;
import dev.corridor.model.risk.RiskReport;
import dev.corridor.model.risk.StageRisk;
import dev.corridor.model.risk.TornadoBar;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The risk section of a plan's report: when each system opens at P10 to P90, the cumulative cost
 * S-curve of the scenarios against the plan's own, the tornado of the inputs that move the P80
 * finish, the years most likely short of money, and the stages most often critical.
 */
final class RiskCharts {

    private static final double HEIGHT = 220;
    private static final int LISTED = 8;

    private final Plan plan;
    private final RiskReport risk;
    private final TimeAxis axis;

    RiskCharts(Plan plan, RiskReport risk) {
        this.plan = plan;
        this.risk = risk;
        this.axis = new TimeAxis(plan, Math.max(plan.makespan(), risk.sCurve().size()));
    }

    String html() {
        var html = new StringBuilder("<h2>Risk</h2>\n<p class=\"note\">")
                .append(String.format(Locale.ROOT, "%,d scenarios (seed %d), %s. ", risk.iterations(), risk.seed(),
                        risk.policy().equals("replan") ? "each re-planned from the plan" : "the plan's order and modes replayed in each"))
                .append(risk.stopped() ? "Stopped before all the iterations asked for: the figures are of those done. " : "")
                .append(String.format(Locale.ROOT, "Over the last tenth of them the P80 finish moved by %s periods and the P80 cost by %s. The mean finish is in periods from the start.",
                        n(risk.convergence().finishP80Change()), amount(risk.convergence().costP80Change())))
                .append("</p>\n");
        html.append(percentiles());
        html.append("<h3>Cumulative cost</h3>\n<div class=\"chart\">\n").append(sCurve()).append("</div>\n");
        if (!risk.tornado().isEmpty()) {
            html.append("<h3>What moves the P80 finish</h3>\n<div class=\"chart\">\n").append(tornado()).append("</div>\n");
        }
        html.append(funding());
        html.append(critical());
        return html.toString();
    }

    private String percentiles() {
        var html = new StringBuilder("<table class=\"risk\"><thead><tr><th></th><th>mean</th><th>P10</th><th>P50</th>")
                .append("<th>P80</th><th>P90</th><th>the plan</th></tr></thead><tbody>\n");
        html.append(row("finish", risk.project().finish(), true, plan.periodLabel(plan.makespan())));
        for (var system : risk.systems()) {
            var planned = plan.systems().stream().filter(s -> s.system() == system.system()).findFirst();
            html.append(row(system.system().name().toLowerCase(Locale.ROOT) + " opens", system.finish(), true,
                    planned.map(s -> plan.periodLabel(s.finish())).orElse("")));
        }
        html.append(row("cost", risk.project().cost(), false, Svg.money(plan.totalCost())));
        if (risk.project().npv() != null) {
            html.append(row("net present value", risk.project().npv(), false,
                    plan.value() == null ? "" : Svg.money(plan.value().netPresentValue())));
        }
        if (risk.flexibility() != null) {
            var flexibility = risk.flexibility();
            html.append(row("finish, not re-planned", flexibility.fixedFinish(), true, ""));
            if (flexibility.fixedNpv() != null) {
                html.append(row("net value, not re-planned", flexibility.fixedNpv(), false, ""));
            }
        }
        return html.append("</tbody></table>\n").toString();
    }

    private String row(String what, Percentiles values, boolean dates, String planned) {
        var html = new StringBuilder("<tr><td>").append(escape(what)).append("</td><td class=\"num\">")
                .append(dates ? n(values.mean()) : amount(values.mean())).append("</td>");
        for (double value : new double[] {values.p10(), values.p50(), values.p80(), values.p90()}) {
            html.append("<td class=\"num\">").append(escape(dates ? plan.periodLabel((int) value) : amount(value))).append("</td>");
        }
        return html.append("<td class=\"num\">").append(escape(planned)).append("</td></tr>\n").toString();
    }

    private static String amount(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : "%,.1f", value);
    }

    /** P10, P50 and P90 of the cumulative cost by period, and the plan's own cumulative spend dashed. */
    private String sCurve() {
        var points = risk.sCurve();
        double top = points.stream().mapToDouble(CostPoint::p90).max().orElse(1);
        double scale = (HEIGHT - 30) / Math.max(top, 1e-9);
        double base = HEIGHT - 18;
        var svg = Svg.zoomable(axis.width(), HEIGHT, "risk-s-curve", "Cumulative cost at P10, P50 and P90");
        for (var tick : axis.ticks()) {
            svg.append(text(axis.x(tick.period()), HEIGHT - 4, "tick", tick.label()));
        }
        svg.append(text(4, 14, "chart-title", "Cumulative cost" + (plan.moneyLabel().isEmpty() ? "" : " (" + plan.moneyLabel() + ")")));
        svg.append(text(4, 28, "chart-note", "P90 " + amount(top)));
        svg.append(line(points, CostPoint::p90, scale, base, "p90")).append(line(points, CostPoint::p50, scale, base, "p50"))
                .append(line(points, CostPoint::p10, scale, base, "p10"));
        var planned = new StringBuilder();
        double sum = 0;
        for (int t = 0; t < plan.spend().size(); t++) {
            sum += plan.spend().get(t).toDouble();
            planned.append(n(axis.x(t + 1))).append(',').append(n(base - sum * scale)).append(' ');
        }
        svg.append("<polyline class=\"planned\" points=\"").append(planned.toString().trim()).append("\"/>");
        svg.append(text(4, 48, "chart-note p90", "P90")).append(text(4, 62, "chart-note p50", "P50"))
                .append(text(4, 76, "chart-note p10", "P10")).append(text(4, 90, "chart-note planned", "the plan"));
        return svg.append("</svg>\n").toString();
    }

    private String line(List<CostPoint> points, ToDoubleFunction<CostPoint> value, double scale, double base, String css) {
        var coordinates = new StringBuilder();
        for (var point : points) {
            coordinates.append(n(axis.x(point.period() + 1))).append(',')
                    .append(n(base - value.applyAsDouble(point) * scale)).append(' ');
        }
        return "<polyline class=\"" + css + "\" points=\"" + coordinates.toString().trim() + "\"/>";
    }

    /** One bar per input from its low-side P80 finish to its high-side one, on a scale of periods. */
    private String tornado() {
        var bars = risk.tornado();
        double from = bars.stream().mapToDouble(b -> Math.min(b.low(), b.high())).min().orElse(0);
        double to = bars.stream().mapToDouble(b -> Math.max(b.low(), b.high())).max().orElse(1);
        double width = 700;
        double left = TimeAxis.LABELS;
        double scale = width / Math.max(1, to - from);
        double rowHeight = 18;
        double height = 46 + rowHeight * bars.size();
        var svg = new StringBuilder("<svg class=\"risk-tornado\" width=\"").append(n(left + width + 120))
                .append("\" height=\"").append(n(height)).append("\" role=\"img\" aria-label=\"Tornado of the P80 finish\">");
        svg.append(text(4, 14, "chart-title", "P80 finish with each input low and high"));
        double p80 = risk.project().finish().p80();
        svg.append("<line class=\"p80\" x1=\"").append(n(left + (p80 - from) * scale)).append("\" y1=\"20\" x2=\"")
                .append(n(left + (p80 - from) * scale)).append("\" y2=\"").append(n(height)).append("\"/>");
        // The scale: its ends and the P80 of all the scenarios, as dates.
        svg.append(text(left, height - 4, "tick-label", plan.periodLabel((int) from)))
                .append(text(left + width - 40, height - 4, "tick-label", plan.periodLabel((int) to)))
                .append(text(left + (p80 - from) * scale + 3, 30, "chart-note", "P80 " + plan.periodLabel((int) p80)));
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            double y = 34 + i * rowHeight;
            double x1 = left + (Math.min(bar.low(), bar.high()) - from) * scale;
            double x2 = left + (Math.max(bar.low(), bar.high()) - from) * scale;
            svg.append(text(4, y + 12, "label", (bar.kind().equals("risk") ? "risk: " : "") + bar.id()));
            svg.append("<g><title>").append(escape(String.format(Locale.ROOT, "%s: P80 finish %s when low, %s when high",
                    bar.id(), plan.periodLabel((int) bar.low()), plan.periodLabel((int) bar.high())))).append("</title>")
                    .append(rect(x1, y + 2, Math.max(2, x2 - x1), rowHeight - 5, bar.swing() > 0 ? "tornado" : "tornado less"))
                    .append("</g>");
            svg.append(text(x2 + 4, y + 12, "chart-note", String.format(Locale.ROOT, "%+.0f", bar.swing())));
        }
        return svg.append("</svg>\n").toString();
    }

    private String funding() {
        if (risk.funding().isEmpty()) {
            return "";
        }
        var html = new StringBuilder("<h3>Years most likely short of money</h3>\n<table class=\"risk\"><thead><tr><th>Year</th>")
                .append("<th>scenarios short</th><th>P80 short</th></tr></thead><tbody>\n");
        risk.funding().stream().sorted(Comparator.comparingDouble(FundingRisk::probabilityShort).reversed()
                        .thenComparingInt(FundingRisk::year)).limit(LISTED)
                .forEach(year -> html.append("<tr><td>").append(year.year()).append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.1f %%", 100 * year.probabilityShort())).append("</td><td class=\"num\">")
                        .append(amount(year.p80Short())).append("</td></tr>\n"));
        return html.append("</tbody></table>\n").toString();
    }

    private String critical() {
        var html = new StringBuilder("<h3>Most often on the critical chain</h3>\n<table class=\"risk\"><thead><tr><th>Stage</th>")
                .append("<th>criticality</th><th>cruciality</th></tr></thead><tbody>\n");
        risk.stages().stream().sorted(Comparator.comparingDouble(StageRisk::criticality).reversed()
                        .thenComparing(Comparator.comparingDouble(StageRisk::cruciality).reversed())).limit(LISTED)
                .forEach(stage -> html.append("<tr><td>").append(escape(stage.id())).append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.1f %%", 100 * stage.criticality())).append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%+.2f", stage.cruciality())).append("</td></tr>\n"));
        return html.append("</tbody></table>\n").toString();
    }
}
