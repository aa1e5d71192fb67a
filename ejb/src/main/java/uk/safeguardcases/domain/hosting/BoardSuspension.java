package uk.safeguardcases.domain.hosting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A board the hosting operator has suspended (a contract paused, a security incident): while the row exists its
 * people cannot sign in, its public page says it is closed, and its timers and e-mails wait, to run after resumption.
 * Keyed by the board's id, not filtered by it: the operator, who belongs to no board, reads and writes it.
 */
@Entity
@Table(name = "board_suspension")
public class BoardSuspension {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String board;

    @Column(name = "suspended_at", nullable = false, updatable = false)
    private Instant suspendedAt;

    @Column(name = "suspended_by", nullable = false, updatable = false)
    private String suspendedBy;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected BoardSuspension() {
    }

    public BoardSuspension(String board, Instant suspendedAt, String suspendedBy, String reason) {
        this.board = board;
        this.suspendedAt = suspendedAt;
        this.suspendedBy = suspendedBy;
        this.reason = reason;
    }

    public String board() {
        return board;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public String suspendedBy() {
        return suspendedBy;
    }

    public String reason() {
        return reason;
    }
}
