package uk.safeguardcases.application.hosting;

import java.io.Serializable;
import java.util.Map;

/** One count of a process's records, as the operator's page shows it: its words and how many each board has. */
public record HostedCount(String bundle, String key, Map<String, Long> byBoard) implements Serializable {

    /** How many the board {@code code} has. */
    public long of(String code) {
        return byBoard.getOrDefault(code, 0L);
    }
}
