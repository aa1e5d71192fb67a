package uk.safeguardcases.application;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells of a CSV file (RFC 4180) that a spreadsheet opens as text: a cell that would start a formula
 * (= + - @, or a tab or carriage return before one) is prefixed with an apostrophe, so a member's name
 * such as {@code =HYPERLINK(...)} is never run; commas, quotes and line breaks are quoted.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String line(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
