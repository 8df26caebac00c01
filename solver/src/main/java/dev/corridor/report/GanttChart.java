package dev.corridor.report;

import static dev.corridor.report.Svg.escape;
import static dev.corridor.report.Svg.n;
import static dev.corridor.report.Svg.rect;
import static dev.corridor.report.Svg.text;

import dev.corridor.model.Calendar;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.plan.ChainLink;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Gantt chart: one section per system, stages in start order, each bar drawn as its worked
 * periods with the pauses of its season between them, closed periods of its calendar shaded across
 * its row, and the critical chain in its own colour.
 */
final class GanttChart {

    /** Above this many stages rows get thin and only the first systems open: the chart stays usable. */
    static final int COMPACT_ABOVE = 300;

    private final Plan plan;
    private final TimeAxis axis;
    private final Map<String, Calendar> calendars = new HashMap<>();
    private final Map<String, ChainLink> chain = new HashMap<>();
    private final double rowHeight;

    GanttChart(Plan plan, TimeAxis axis) {
        this.plan = plan;
        this.axis = axis;
        plan.calendars().forEach(calendar -> calendars.put(calendar.id(), calendar));
        if (plan.explanation() != null) {
            plan.explanation().criticalChain().forEach(link -> chain.put(link.stage(), link));
        }
        this.rowHeight = plan.stages().size() > COMPACT_ABOVE ? 9 : 16;
    }

    String html() {
        var html = new StringBuilder();
        html.append(axisSvg());
        // Systems in the order their work begins: shared works first, as a rule.
        var bySystem = new java.util.LinkedHashMap<CorridorSystem, List<StagePlan>>();
        plan.stages().stream().collect(Collectors.groupingBy(StagePlan::system)).entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<CorridorSystem, List<StagePlan>> e) ->
                        e.getValue().stream().mapToInt(StagePlan::start).min().orElse(0)).thenComparing(Map.Entry::getKey))
                .forEach(e -> bySystem.put(e.getKey(), e.getValue()));
        boolean compact = plan.stages().size() > COMPACT_ABOVE;
        bySystem.forEach((system, stages) -> {
            var sorted = stages.stream().sorted(Comparator.comparingInt(StagePlan::start).thenComparing(StagePlan::id))
                    .toList();
            int first = sorted.stream().mapToInt(StagePlan::start).min().orElse(0);
            int last = sorted.stream().mapToInt(StagePlan::finish).max().orElse(0);
            long critical = sorted.stream().filter(s -> chain.containsKey(s.id())).count();
            html.append("<details class=\"system\" data-system=\"").append(system).append('"')
                    .append(compact && critical == 0 ? "" : " open").append(">\n<summary><span class=\"swatch sys-")
                    .append(system.name().toLowerCase(java.util.Locale.ROOT)).append("\"></span>")
                    .append(escape(title(system))).append(" — ").append(sorted.size()).append(" stages, ")
                    .append(escape(plan.periodLabel(first))).append(" to ").append(escape(plan.periodLabel(last)))
                    .append(critical > 0 ? ", " + critical + " on the critical chain" : "").append("</summary>\n");
            html.append(rows(system, sorted)).append("</details>\n");
        });
        return html.toString();
    }

    private String axisSvg() {
        double height = 24 + 12.0 * plan.calendars().size();
        var svg = new StringBuilder();
        svg.append("<svg class=\"gantt-axis zoomable\" width=\"").append(n(axis.width())).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(axis.width())).append(' ').append(n(height))
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Time axis and seasons\">");
        double lastLabel = -1e9;
        for (var tick : axis.ticks()) {
            double x = axis.x(tick.period());
            svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"14\" y2=\"")
                    .append(n(height)).append("\" class=\"tick\"/>");
            if (x - lastLabel >= 36) {
                svg.append(text(x + 2, 11, "tick-label", tick.label()));
                lastLabel = x;
            }
        }
        int row = 0;
        for (var calendar : plan.calendars()) {
            double y = 18 + 12.0 * row++;
            svg.append(text(4, y + 8, "calendar-label", "open: " + calendar.id()));
            for (int[] run : openRuns(calendar)) {
                svg.append(rect(axis.x(run[0]), y, axis.x(run[1]) - axis.x(run[0]), 8, "season-open"));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private String rows(CorridorSystem system, List<StagePlan> stages) {
        double height = rowHeight * stages.size() + 4;
        var svg = new StringBuilder();
        svg.append("<svg class=\"gantt zoomable\" width=\"").append(n(axis.width())).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(axis.width())).append(' ').append(n(height))
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(escape(title(system)))
                .append(" stages\">\n");
        for (var tick : axis.ticks()) {
            double x = axis.x(tick.period());
            svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"0\" y2=\"")
                    .append(n(height)).append("\" class=\"grid\"/>");
        }
        double y = 2;
        for (var stage : stages) {
            svg.append(row(stage, y)).append('\n');
            y += rowHeight;
        }
        if (plan.dataDate() != null) {
            double x = axis.x(plan.dataDate());
            svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"0\" y2=\"")
                    .append(n(height)).append("\" class=\"data-date\"/>");
        }
        return svg.append("</svg>\n").toString();
    }

    private String row(StagePlan stage, double y) {
        var link = chain.get(stage.id());
        var row = new StringBuilder();
        row.append("<g class=\"row").append(link != null ? " critical" : "").append("\" data-stage=\"")
                .append(escape(stage.id())).append("\">");
        row.append("<title>").append(escape(tooltip(stage, link))).append("</title>");
        double barHeight = rowHeight - 4;
        var calendar = stage.calendar() == null ? null : calendars.get(stage.calendar());
        if (calendar != null) {
            for (int[] run : closedRuns(calendar)) {
                row.append(rect(axis.x(run[0]), y - 1, axis.x(run[1]) - axis.x(run[0]), rowHeight, "season-closed"));
            }
        }
        String system = "sys-" + stage.system().name().toLowerCase(java.util.Locale.ROOT);
        if (stage.baselineStart() != null && stage.baselineFinish() > stage.baselineStart()) {
            // Where the baseline had it: a thin bar under the current one.
            row.append(rect(axis.x(stage.baselineStart()), y + barHeight - 2,
                    axis.x(stage.baselineFinish()) - axis.x(stage.baselineStart()), 3, "baseline-bar"));
        }
        if (stage.finish() > stage.start()) {
            // The whole span, then the worked periods over it: what shows between them is the pause.
            row.append(rect(axis.x(stage.start()), y + barHeight / 2 - 1, axis.x(stage.finish()) - axis.x(stage.start()), 2,
                    "pause"));
            for (int[] run : workedRuns(stage, calendar, plan.dataDate())) {
                boolean history = plan.dataDate() != null && run[1] <= plan.dataDate();
                row.append(rect(axis.x(run[0]), y, axis.x(run[1]) - axis.x(run[0]), barHeight,
                        "bar " + (link != null ? "bar-critical" : system) + (history ? " history" : "")));
            }
        } else {
            double x = axis.x(stage.start());
            row.append("<path class=\"milestone\" d=\"M").append(n(x)).append(' ').append(n(y)).append(" l")
                    .append(n(barHeight / 2)).append(' ').append(n(barHeight / 2)).append(" l-").append(n(barHeight / 2))
                    .append(' ').append(n(barHeight / 2)).append(" l-").append(n(barHeight / 2)).append(" -")
                    .append(n(barHeight / 2)).append("z\"/>");
        }
        if (rowHeight >= 12) {
            row.append(text(4, y + barHeight - 2, link != null ? "label label-critical" : "label", shorten(stage.id())));
        }
        return row.append("</g>").toString();
    }

    private String tooltip(StagePlan stage, ChainLink link) {
        var tip = new StringBuilder();
        tip.append(stage.id());
        if (stage.name() != null && !stage.name().equals(stage.id())) {
            tip.append(" — ").append(stage.name());
        }
        tip.append("\nmode ").append(stage.mode()).append(", ").append(plan.periodLabel(stage.start())).append(" to ")
                .append(plan.periodLabel(stage.finish())).append(", cost ").append(Svg.money(stage.cost()));
        if (stage.calendar() != null) {
            tip.append("\nworks in season: ").append(stage.calendar());
        }
        if (stage.slack() != null) {
            tip.append("\nfree slack: ").append(stage.slack()).append(" periods");
        }
        if (stage.status() != null) {
            tip.append("\n").append(stage.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(" at the data date").append(stage.resume() == null ? ""
                            : "; the remaining work resumes " + plan.periodLabel(stage.resume()));
        }
        if (stage.baselineFinish() != null) {
            tip.append("\nbaseline ").append(plan.periodLabel(stage.baselineStart())).append(" to ")
                    .append(plan.periodLabel(stage.baselineFinish())).append(String.format(java.util.Locale.ROOT,
                            ", finish variance %+d periods", stage.finish() - stage.baselineFinish()));
        }
        if (link != null) {
            tip.append("\ncritical: ").append(link.detail());
        }
        return tip.toString();
    }

    private static String shorten(String id) {
        return id.length() <= 40 ? id : id.substring(0, 39) + "…";
    }

    private List<int[]> openRuns(Calendar calendar) {
        return runs(calendar, true, 0, axis.periods());
    }

    private List<int[]> closedRuns(Calendar calendar) {
        return runs(calendar, false, 0, axis.periods());
    }

    /**
     * The runs of periods the stage works: by its calendar from start to finish, and for a stage in
     * progress its history up to the data date and its remaining work from its resume, split there
     * so that history is drawn as such.
     */
    private static List<int[]> workedRuns(StagePlan stage, Calendar calendar, Integer dataDate) {
        if (stage.resume() != null && dataDate != null) {
            var runs = new java.util.ArrayList<int[]>(spans(calendar, stage.start(), Math.min(dataDate, stage.finish())));
            runs.addAll(spans(calendar, stage.resume(), stage.finish()));
            return runs;
        }
        if (dataDate != null && stage.start() < dataDate && dataDate < stage.finish()) {
            var runs = new java.util.ArrayList<int[]>(spans(calendar, stage.start(), dataDate));
            runs.addAll(spans(calendar, dataDate, stage.finish()));
            return runs;
        }
        return spans(calendar, stage.start(), stage.finish());
    }

    private static List<int[]> spans(Calendar calendar, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        return calendar == null ? List.of(new int[] {from, to}) : runs(calendar, true, from, to);
    }

    /** The runs of consecutive open (or closed) periods in [from, to), each as {first, after last}. */
    static List<int[]> runs(Calendar calendar, boolean open, int from, int to) {
        var runs = new java.util.ArrayList<int[]>();
        int runStart = -1;
        for (int t = from; t < to; t++) {
            if (calendar.isOpen(t) == open) {
                if (runStart < 0) {
                    runStart = t;
                }
            } else if (runStart >= 0) {
                runs.add(new int[] {runStart, t});
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            runs.add(new int[] {runStart, to});
        }
        return runs;
    }

    static String title(CorridorSystem system) {
        var name = system.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
