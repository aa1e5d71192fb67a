package uk.safeguardcases.application.metrics;

import java.util.Map;

/** The process engine's incidents (jobs out of retries), counted per board; the engine is behind it. */
public interface IncidentCounts {

    /** Open incidents by board id, across all boards in one query; boards without any are left out. */
    Map<String, Long> byBoard();

    /** Open incidents of jobs that belong to no board (the engine's own, such as its history cleanup). */
    long ofNoBoard();
}
