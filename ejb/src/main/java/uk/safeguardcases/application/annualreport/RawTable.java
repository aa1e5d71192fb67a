package uk.safeguardcases.application.annualreport;

import java.util.LinkedHashMap;
import java.util.Map;

/** One figure's counts for one period, before suppression: each row's count, in the order the report lists them. */
public record RawTable(String key, Map<RowLabel, Long> rows, boolean additive) {

    public RawTable {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }
}
