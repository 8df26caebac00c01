package dev.corridor.report;

import static dev.corridor.report.Svg.escape;
import static dev.corridor.report.Svg.n;
import static dev.corridor.report.Svg.rect;
import static dev.corridor.report.Svg.text;

import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.ResourceProfile;

/** One histogram per resource: units booked in each period, against the capacity line. */
final class ResourceCharts {

    private static final double HEIGHT = 70;

    private final Plan plan;
    private final TimeAxis axis;

    ResourceCharts(Plan plan, TimeAxis axis) {
        this.plan = plan;
        this.axis = axis;
    }

    String html() {
        var html = new StringBuilder();
        for (var resource : plan.resources()) {
            html.append(chart(resource));
        }
        return html.toString();
    }

    private String chart(ResourceProfile resource) {
        int top = 1;
        for (int t = 0; t < resource.used().size(); t++) {
            top = Math.max(top, Math.max(resource.used().get(t), resource.capacity().get(t)));
        }
        double scale = (HEIGHT - 16) / top;
        double base = HEIGHT - 2;
        var svg = new StringBuilder();
        svg.append("<svg class=\"histogram zoomable\" width=\"").append(n(axis.width())).append("\" height=\"").append(n(HEIGHT))
                .append("\" viewBox=\"0 0 ").append(n(axis.width())).append(' ').append(n(HEIGHT))
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(escape(resource.id()))
                .append(" booked against capacity\" data-resource=\"").append(escape(resource.id())).append("\">");
        svg.append(text(4, 14, "chart-title", resource.name() != null ? resource.name() : resource.id()));
        svg.append(text(4, 28, "chart-note", "peak " + resource.peak() + " in " + plan.periodLabel(resource.peakPeriod())));
        var capacity = new StringBuilder();
        for (int t = 0; t < resource.used().size(); t++) {
            int used = resource.used().get(t);
            int cap = resource.capacity().get(t);
            if (used > 0) {
                svg.append(rect(axis.x(t), base - used * scale, axis.step(), used * scale, used > cap ? "over" : "used"));
            }
            capacity.append(t == 0 ? "M" : "L").append(n(axis.x(t))).append(' ').append(n(base - cap * scale))
                    .append("L").append(n(axis.x(t + 1))).append(' ').append(n(base - cap * scale));
        }
        if (!capacity.isEmpty()) {
            svg.append("<path class=\"capacity\" d=\"").append(capacity).append("\"><title>capacity</title></path>");
        }
        svg.append("<line x1=\"").append(n(axis.x(0))).append("\" x2=\"").append(n(axis.x(axis.periods())))
                .append("\" y1=\"").append(n(base)).append("\" y2=\"").append(n(base)).append("\" class=\"baseline\"/>");
        return svg.append("</svg>\n").toString();
    }
}
