package uk.safeguardcases.application.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The product's figures for every board at one moment, as an operator sees them: board ids and counts, never a case,
 * a name or an address. A board missing from a map has nothing to count there (zero).
 *
 * @param boards every board
 * @param openCases open investigations by board, then by the step (the model's element id) each case is at
 * @param overdue deadlines passed and not met, by board and kind
 * @param incidents the process engine's jobs out of retries (each stuck until someone mends it), by board
 * @param outboxBacklog e-mails neither sent nor given up on, by board
 * @param outboxOldestAgeSeconds how long the oldest of those has waited, by board
 * @param chainCheckAgeSeconds seconds since the board's last nightly check of its audit chain (see
 *        {@code BoardFigureQueries.takeAt} in infrastructure)
 * @param chainBroken the boards whose last check of any kind found the chain broken
 * @param outboxGivenUp e-mails given up on and not yet tried again or dealt with, by board (each on its Stuck work)
 * @param incidentsOfNoBoard jobs of no board out of retries (the engine's history cleanup), for the operator
 * @param outboxFailing e-mails that failed and are being tried again by themselves (in the backlog), by board
 */
public record BoardFigures(Instant takenAt, Set<String> boards, Map<String, Map<String, Long>> openCases,
        Map<String, Map<OverdueKind, Long>> overdue, Map<String, Long> incidents, Map<String, Long> outboxBacklog,
        Map<String, Long> outboxOldestAgeSeconds, Map<String, Long> chainCheckAgeSeconds, Set<String> chainBroken,
        Map<String, Long> outboxGivenUp, long incidentsOfNoBoard, Map<String, Long> outboxFailing) {

    public static BoardFigures none() {
        return new BoardFigures(Instant.EPOCH, Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Set.of(), Map.of(), 0, Map.of());
    }
}
