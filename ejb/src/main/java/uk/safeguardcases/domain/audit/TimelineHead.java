package uk.safeguardcases.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of a board's audit chain. Appending locks this row, so entries of one board are chained one
 * after another even when many are written at once; its id is the board's id. Read here, moved only in SQL when a
 * transaction's entries are chained ({@code ChainAtCommit}).
 */
@Entity
@Table(name = "timeline_head")
public class TimelineHead {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected TimelineHead() {
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }

}
