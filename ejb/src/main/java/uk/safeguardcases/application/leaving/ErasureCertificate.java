package uk.safeguardcases.application.leaving;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * The record kept after a board is erased: which board, when it was asked, confirmed and erased and by whom, how many
 * rows of each table and how many files went, and the board's audit chain's last entry at erasure.
 */
public record ErasureCertificate(String boardId, String boardName, String askedBy, Instant askedAt,
        String confirmedBy, Instant confirmedAt, Instant erasedAt, Map<String, Long> rowsErased, long filesErased,
        long chainLastSequence, String chainLastHash, boolean chainIntact) implements Serializable {

    /** Every row removed, over all tables. */
    public long totalRows() {
        return rowsErased.values().stream().mapToLong(Long::longValue).sum();
    }
}
