package dev.corridor.report;

import dev.corridor.model.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** A little SVG and HTML writing: escaping and numbers, so the charts read as drawing, not string work. */
final class Svg {

    private Svg() {
    }

    /** Text made safe for HTML and SVG, in content and in attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A coordinate with at most two decimals: enough for the screen, and the file stays small. */
    static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** An SVG chart that stretches with the page's zoom, opened: the caller appends its shapes and closes it. */
    static StringBuilder zoomable(double width, double height, String cssClass, String label) {
        return new StringBuilder("<svg class=\"").append(cssClass).append(" zoomable\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\">");
    }

    static String rect(double x, double y, double width, double height, String cssClass) {
        return "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(Math.max(0, width)) + "\" height=\"" + n(height)
                + "\" class=\"" + cssClass + "\"/>";
    }

    static String text(double x, double y, String cssClass, String text) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" class=\"" + cssClass + "\">" + escape(text) + "</text>";
    }

    /** An amount of money as a planner reads it: 12,345 or 12.3 or 0.45. */
    static String money(Money amount) {
        var exact = amount.toBigDecimal();
        var magnitude = exact.abs();
        if (magnitude.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return String.format(Locale.ROOT, "%,.0f", exact);
        }
        if (magnitude.compareTo(BigDecimal.ONE) >= 0) {
            return String.format(Locale.ROOT, "%,.1f", exact);
        }
        return String.format(Locale.ROOT, "%.2f", exact);
    }
}
