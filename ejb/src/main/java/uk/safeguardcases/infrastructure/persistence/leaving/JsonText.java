package uk.safeguardcases.infrastructure.persistence.leaving;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * Plain JSON for the export (UTF-8, two-space indents, keys in the order given): a database value becomes a JSON
 * number, boolean, null or string; a moment is written in UTC as ISO 8601, a date as {@code yyyy-mm-dd}.
 */
final class JsonText {

    private JsonText() {
    }

    /** {@code value} (a map, a list or a plain value) as JSON text. */
    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.append('\n').toString();
    }

    /** A value read from the database as the export keeps it: a moment as an instant, a text as text. */
    static Object plain(Object value) throws SQLException {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime moment) {
            return moment.toInstant().toString();
        }
        if (value instanceof ZonedDateTime moment) {
            return moment.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof java.sql.Array array) {
            return java.util.Arrays.asList((Object[]) array.getArray());
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Map<?, ?>
                || value instanceof Collection<?>) {
            return value;
        }
        return value.toString();
    }

    static void write(StringBuilder out, Object value, String indent) {
        String inner = indent + "  ";
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(inner);
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                write(out, e.getValue(), inner);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            int i = 0;
            for (Object item : list) {
                out.append(inner);
                write(out, item, inner);
                out.append(++i < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            string(out, d.toString());
        } else if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            string(out, f.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
