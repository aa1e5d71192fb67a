package uk.safeguardcases.application.annualreport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One figure's counts for one period, before suppression: each row's count, in the order the report lists them. */
public record RawTable(String key, Map<RowLabel, Long> rows, boolean additive) {

    /** The words of the row counting what has no value yet: {@code row.notYet.<table key>}. */
    static final String NOT_YET = "row.notYet";

    public RawTable {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** An additive table: the i-th count under the i-th row's words. */
    public static RawTable sums(String key, long[] counts, String... rowKeys) {
        Map<RowLabel, Long> rows = new LinkedHashMap<>();
        for (int i = 0; i < rowKeys.length; i++) {
            rows.put(RowLabel.of(rowKeys[i]), counts[i]);
        }
        return new RawTable(key, rows, true);
    }

    /**
     * A count per value of an enum: every value with zeros in the enum's order (so a value added to the domain is
     * listed at once), then any value the counts hold that the enum no longer has, then "not yet" for none (the
     * null key).
     */
    public static <E extends Enum<E>> RawTable byValue(String key, E[] values, Map<?, Long> counts,
            boolean additive) {
        Map<RowLabel, Long> rows = new LinkedHashMap<>();
        for (E value : values) {
            rows.put(RowLabel.of(value), counts.getOrDefault(value, 0L));
        }
        counts.forEach((value, count) -> {
            if (value != null && !(value instanceof Enum<?>)) {
                rows.merge(RowLabel.named(value.toString(), null), count, Long::sum);
            }
        });
        if (counts.containsKey(null)) {
            rows.put(RowLabel.of(NOT_YET + "." + key), counts.get(null));
        }
        return new RawTable(key, rows, additive);
    }

    /**
     * A count per value of a list the core and the processes share (triage decisions, closure reasons): every value
     * with zeros in the list's order, each worded by {@code label}, then any value the counts hold that the list no
     * longer has, then "not yet" for none (the null key).
     */
    public static <T> RawTable byValue(String key, List<T> values, Function<T, RowLabel> label, Map<T, Long> counts,
            boolean additive) {
        Map<RowLabel, Long> rows = new LinkedHashMap<>();
        for (T value : values) {
            rows.put(label.apply(value), counts.getOrDefault(value, 0L));
        }
        counts.forEach((value, count) -> {
            if (value != null && !values.contains(value)) {
                rows.merge(label.apply(value), count, Long::sum);
            }
        });
        if (counts.containsKey(null)) {
            rows.put(RowLabel.of(NOT_YET + "." + key), counts.get(null));
        }
        return new RawTable(key, rows, additive);
    }
}
