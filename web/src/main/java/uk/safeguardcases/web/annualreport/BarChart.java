package uk.safeguardcases.web.annualreport;

import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.annualreport.AnnualWords;
import uk.safeguardcases.application.annualreport.ReportRow;
import uk.safeguardcases.application.annualreport.ReportTable;

/**
 * A report table drawn as bars, server-side, as an SVG the page carries inline (no script, so it prints and reads the
 * same everywhere): a pair of bars per row, the period and the one before, in the Okabe–Ito blue and orange, which
 * readers with any common colour-vision deficiency tell apart; the earlier period is also hatched, and each bar has
 * its figure written beside it, so nothing rests on colour. A figure not published gets no bar (its length would
 * give it away) but its words ("fewer than 5"). The chart is an image named after its table; the table beside it
 * holds the same figures for a screen reader.
 */
public final class BarChart {

    static final String CURRENT = "#0072B2";
    static final String PREVIOUS = "#E69F00";

    private static final int WIDTH = 480;
    private static final int LABEL = 170;
    private static final int BARS = 230;
    private static final int BAR = 14;
    private static final int ROW = 40;
    private static final int LEGEND = 34;
    private static final int MAX_LABEL = 22;
    private static final int LINE = 16;

    private BarChart() {
    }

    /** The chart of {@code table}; {@code id} makes its title's id unique on the page. */
    public static String svg(String id, String name, ReportTable table, String currentLabel, String previousLabel,
            AnnualWords words) {
        List<ReportRow> rows = table.rows();
        long max = 1;
        for (ReportRow row : rows) {
            max = Math.max(max, Math.max(row.current().published().orElse(0), row.previous().published().orElse(0)));
        }
        List<List<String>> labels = rows.stream().map(row -> lines(words.label(row.label()))).toList();
        int height = LEGEND + 6;
        for (List<String> label : labels) {
            height += rowHeight(label);
        }
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(name)).append("</title>")
                .append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\"")
                .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"").append(PREVIOUS).append("\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                .append("</pattern></defs>");
        legend(svg, 0, CURRENT, currentLabel);
        legend(svg, 200, "url(#" + id + "-hatch)", previousLabel);
        int y = LEGEND;
        for (int i = 0; i < rows.size(); i++) {
            ReportRow row = rows.get(i);
            List<String> label = labels.get(i);
            svg.append("<text x=\"0\" y=\"").append(y + BAR + 4).append("\" class=\"bar-label\">");
            for (int line = 0; line < label.size(); line++) {
                svg.append("<tspan x=\"0\"").append(line == 0 ? "" : " dy=\"" + LINE + "\"").append('>')
                        .append(escape(label.get(line))).append("</tspan>");
            }
            svg.append("</text>");
            bar(svg, y + 2, row.current().published().orElse(-1), max, CURRENT, words.shown(row.current()));
            bar(svg, y + 2 + BAR + 2, row.previous().published().orElse(-1), max, "url(#" + id + "-hatch)",
                    words.shown(row.previous()));
            y += rowHeight(label);
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int x, String fill, String label) {
        svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"").append(fill)
                .append("\"/><text x=\"").append(x + 20).append("\" y=\"18\" class=\"bar-legend\">")
                .append(escape(label)).append("</text>");
    }

    /** One bar: {@code value} -1 when not published (no bar, its words only). */
    private static void bar(StringBuilder svg, int y, long value, long max, String fill, String words) {
        int length = value <= 0 ? 0 : Math.max(2, (int) Math.round((double) value * BARS / max));
        if (length > 0) {
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(fill).append("\"/>");
        }
        svg.append("<text x=\"").append(LABEL + length + 4).append("\" y=\"").append(y + BAR - 2)
                .append("\" class=\"bar-value").append(value < 0 ? " bar-hidden" : "").append("\">")
                .append(escape(words)).append("</text>");
    }

    /**
     * A row's label in lines of at most {@link #MAX_LABEL} characters, broken between words (a longer word alone on its
     * lines): the whole label, never cut short with "…", which left a reader guessing which row it was (issue 63).
     */
    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (label == null ? "" : label.strip()).split("\\s+")) {
            while (word.codePointCount(0, word.length()) > MAX_LABEL) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = word.offsetByCodePoints(0, MAX_LABEL - 1);
                lines.add(word.substring(0, cut) + "-");
                word = word.substring(cut);
            }
            if (line.length() > 0 && line.codePointCount(0, line.length()) + 1 + word.codePointCount(0, word.length())
                    > MAX_LABEL) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A row's height: its two bars, or its label's lines when they need more. */
    private static int rowHeight(List<String> label) {
        return Math.max(ROW, BAR + 4 + (label.size() - 1) * LINE + 10);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
