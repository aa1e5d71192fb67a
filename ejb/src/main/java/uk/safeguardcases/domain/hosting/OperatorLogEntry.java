package uk.safeguardcases.domain.hosting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing a hosting operator did (a board created, an administrator invited, a suspension); no board's content. */
@Entity
@Table(name = "host_operator_log")
public class OperatorLogEntry {

    /** What the operators do, as the log names it. */
    public enum Action {
        OPERATOR_ADDED, OPERATOR_ENROLLED, SIGNED_IN, SIGN_IN_REFUSED, BOARD_CREATED, ADMINISTRATOR_INVITED,
        BOARD_SUSPENDED, BOARD_RESUMED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String operator;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "board_code", updatable = false)
    private String boardCode;

    @Column(updatable = false)
    private String detail;

    protected OperatorLogEntry() {
    }

    public OperatorLogEntry(Instant occurredAt, String operator, Action action, String boardCode, String detail) {
        this.occurredAt = occurredAt;
        this.operator = operator;
        this.action = action.name();
        this.boardCode = boardCode;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String operator() {
        return operator;
    }

    public String action() {
        return action;
    }

    public String boardCode() {
        return boardCode;
    }

    public String detail() {
        return detail;
    }
}
