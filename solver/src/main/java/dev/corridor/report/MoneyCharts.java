package dev.corridor.report;

import static dev.corridor.report.Svg.escape;
import static dev.corridor.report.Svg.money;
import static dev.corridor.report.Svg.n;
import static dev.corridor.report.Svg.rect;
import static dev.corridor.report.Svg.text;

import dev.corridor.model.Money;
import dev.corridor.model.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Spend per period against the budget caps; and, for financed plans, draws by tranche, cash and party shares. */
final class MoneyCharts {

    private static final double HEIGHT = 120;
    /** Colours for tranches, in the order the plan lists them; repeats past the last. */
    private static final String[] TRANCHE_COLOURS = {"#3b6ea8", "#e0a030", "#5a9e6f", "#b05a7a", "#7a6bb0", "#c06a3a",
            "#4aa3b0", "#8a8a3a", "#a04040", "#606060"};

    private final Plan plan;
    private final TimeAxis axis;

    MoneyCharts(Plan plan, TimeAxis axis) {
        this.plan = plan;
        this.axis = axis;
    }

    String spend() {
        var spend = plan.spend();
        var top = spend.stream().max(Money::compareTo).orElse(Money.ZERO);
        double scale = (HEIGHT - 20) / Math.max(top.toDouble(), 1e-9);
        double base = HEIGHT - 2;
        var svg = Svg.zoomable(axis.width(), HEIGHT, "spend", "Spend per period");
        svg.append(text(4, 14, "chart-title", "Spend per period" + (plan.moneyLabel().isEmpty() ? "" : " (" + plan.moneyLabel() + ")")));
        svg.append(text(4, 28, "chart-note", "peak " + money(top)));
        for (int t = 0; t < spend.size(); t++) {
            double amount = spend.get(t).toDouble();
            if (amount > 0) {
                svg.append(rect(axis.x(t), base - amount * scale, axis.step(), amount * scale, "spend"));
            }
        }
        svg.append("</svg>\n");
        var html = new StringBuilder(svg);
        if (!plan.budget().isEmpty()) {
            html.append("<table class=\"budget\"><thead><tr><th>Budget window</th><th>Cap</th><th>Spent</th><th>Used</th>")
                    .append("</tr></thead><tbody>\n");
            // Windows after the plan's end hold nothing to read.
            for (var window : plan.budget().stream().filter(w -> w.from() < Math.max(1, plan.makespan())).toList()) {
                double share = window.max().thousandths() > 0 ? window.spent().toDouble() / window.max().toDouble() : 0;
                html.append("<tr").append(share > 1 + 1e-9 ? " class=\"over\"" : "").append("><td>")
                        .append(escape(plan.periodLabel(window.from()))).append(" to ")
                        .append(escape(plan.periodLabel(window.to() - 1))).append("</td><td class=\"num\">")
                        .append(money(window.max())).append("</td><td class=\"num\">").append(money(window.spent()))
                        .append("</td><td><span class=\"meter\"><span style=\"width:")
                        .append(n(Math.min(100, 100 * share))).append("%\"></span></span> ")
                        .append(String.format(Locale.ROOT, "%.0f %%", 100 * share)).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return html.toString();
    }

    /** Draws stacked by tranche in each period, with a legend. Empty when the plan is not financed. */
    String draws() {
        var finance = plan.finance();
        if (finance == null) {
            return "";
        }
        Map<String, String> colours = new LinkedHashMap<>();
        for (var tranche : finance.tranches()) {
            colours.put(tranche.id(), TRANCHE_COLOURS[colours.size() % TRANCHE_COLOURS.length]);
        }
        int periods = axis.periods();
        var stacked = drawnPerPeriod(periods);
        long top = 0;
        for (long value : stacked) {
            top = Math.max(top, value);
        }
        double scale = (HEIGHT - 20) / Math.max(Money.ofThousandths(top).toDouble(), 1e-9);
        double base = HEIGHT - 2;
        var filled = new double[periods + 1];
        var svg = Svg.zoomable(axis.width(), HEIGHT, "draws", "Draws by tranche");
        svg.append(text(4, 14, "chart-title", "Draws by tranche"));
        svg.append(text(4, 28, "chart-note", "largest period " + money(Money.ofThousandths(top))));
        for (var draw : finance.draws()) {
            int t = draw.period();
            if (t > periods || draw.amount().thousandths() <= 0) {
                continue;
            }
            double height = draw.amount().toDouble() * scale;
            filled[t] += height;
            svg.append("<rect x=\"").append(n(axis.x(t))).append("\" y=\"").append(n(base - filled[t])).append("\" width=\"")
                    .append(n(axis.step())).append("\" height=\"").append(n(height)).append("\" fill=\"")
                    .append(colours.getOrDefault(draw.tranche(), "#999")).append("\"><title>")
                    .append(escape(draw.tranche() + ", " + plan.periodLabel(t) + ": " + money(draw.amount())))
                    .append("</title></rect>");
        }
        svg.append("</svg>\n");
        var legend = new StringBuilder("<ul class=\"legend\">");
        colours.forEach((id, colour) -> legend.append("<li><span class=\"swatch\" style=\"background:").append(colour)
                .append("\"></span>").append(escape(id)).append("</li>"));
        legend.append("</ul>\n");
        return svg + legend.toString() + cash() + parties();
    }

    /** Thousandths drawn in each period from 0 to {@code periods}, all tranches together. */
    private long[] drawnPerPeriod(int periods) {
        var drawn = new long[periods + 1];
        for (var draw : plan.finance().draws()) {
            if (draw.period() <= periods) {
                drawn[draw.period()] += draw.amount().thousandths();
            }
        }
        return drawn;
    }

    /** Money drawn and not yet spent, period by period: the reserve the draws build ahead of spend. */
    private String cash() {
        int periods = axis.periods();
        var drawn = drawnPerPeriod(periods);
        List<Double> balance = new ArrayList<>();
        long running = 0;
        for (int t = 0; t < periods; t++) {
            running += drawn[t] - (t < plan.spend().size() ? plan.spend().get(t).thousandths() : 0);
            balance.add(Money.ofThousandths(running).toDouble());
        }
        double high = Math.max(0, balance.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        double low = Math.min(0, balance.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double scale = (HEIGHT - 26) / Math.max(high - low, 1e-9);
        double zero = 22 + high * scale;
        var svg = Svg.zoomable(axis.width(), HEIGHT, "cash", "Cash drawn and not yet spent");
        svg.append(text(4, 14, "chart-title", "Drawn less spent, cumulative (charges are paid from draws)"));
        var path = new StringBuilder();
        for (int t = 0; t < balance.size(); t++) {
            double y = zero - balance.get(t) * scale;
            path.append(t == 0 ? "M" : "L").append(n(axis.x(t))).append(' ').append(n(y)).append("L")
                    .append(n(axis.x(t + 1))).append(' ').append(n(y));
        }
        if (!path.isEmpty()) {
            svg.append("<path class=\"cash\" d=\"").append(path).append("\"/>");
        }
        svg.append("<line x1=\"").append(n(axis.x(0))).append("\" x2=\"").append(n(axis.x(periods))).append("\" y1=\"")
                .append(n(zero)).append("\" y2=\"").append(n(zero)).append("\" class=\"baseline\"/>");
        return svg.append("</svg>\n").toString();
    }

    private String parties() {
        var html = new StringBuilder("<table class=\"parties\"><thead><tr><th>Party</th><th>Drawn</th><th>Share</th>")
                .append("<th>Allowed</th><th></th></tr></thead><tbody>\n");
        for (var party : plan.finance().parties()) {
            html.append("<tr><td>").append(escape(party.party())).append("</td><td class=\"num\">").append(money(party.drawn()))
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f %%", 100 * party.share()))
                    .append("</td><td>").append(party.min() == null ? "any" : String.format(Locale.ROOT, "%.0f–%.0f %%",
                            100 * party.min(), 100 * (party.max() == null ? 1 : party.max())))
                    .append("</td><td><span class=\"meter\"><span style=\"width:").append(n(100 * party.share()))
                    .append("%\"></span></span></td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }
}
