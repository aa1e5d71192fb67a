package uk.safeguardcases.domain.leaving;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import uk.safeguardcases.domain.people.SeparationOfDuties;

/**
 * A board's request to be erased, and once erased its certificate (issue 62). Asked by one of the board's
 * administrators (or the hosting operator when a contract ends), confirmed after {@link #WAITING_PERIOD} by a second
 * person, never the one who asked ({@link SeparationOfDuties}); then every row of the board goes, and this record
 * stays: which board, when it was asked, confirmed and erased, by whom, how many rows of each table and how many files
 * went, and where the board's audit chain ended. Not a board-owned row (no tenant id): it outlives the board.
 */
@Entity
@Table(name = "board_erasure")
public class BoardErasure {

    /** Time to change one's mind, to export, and for a legal hold to be placed, between asking and erasing. */
    public static final Duration WAITING_PERIOD = Duration.ofDays(30);

    /** How an operator is named on the record, apart from any board's user names. */
    public static final String OPERATOR = "operator:";

    /** Why the erasure cannot be confirmed now. */
    public enum Refusal {
        WITHDRAWN, ALREADY_ERASED, TOO_SOON, SAME_PERSON
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false, updatable = false)
    private String boardId;

    @Column(name = "board_name", nullable = false, updatable = false)
    private String boardName;

    private String reason;

    @Column(name = "asked_by", nullable = false, updatable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "chain_last_sequence")
    private Long chainLastSequence;

    @Column(name = "chain_last_hash")
    private String chainLastHash;

    @Column(name = "chain_intact")
    private Boolean chainIntact;

    @Column(name = "files_erased")
    private Long filesErased;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_erasure_count", joinColumns = @JoinColumn(name = "erasure_id"))
    @MapKeyColumn(name = "table_name")
    @Column(name = "rows_erased")
    private Map<String, Long> rowsErased = new TreeMap<>();

    @Version
    private long version;

    protected BoardErasure() {
    }

    /** The board {@code boardId} ({@code boardName}) asked to be erased by {@code askedBy} at {@code at}. */
    public static BoardErasure asked(String boardId, String boardName, String reason, String askedBy, Instant at) {
        BoardErasure erasure = new BoardErasure();
        erasure.boardId = Objects.requireNonNull(boardId, "boardId");
        erasure.boardName = Objects.requireNonNull(boardName, "boardName");
        erasure.reason = reason == null || reason.isBlank() ? null : reason.strip();
        erasure.askedBy = Objects.requireNonNull(askedBy, "askedBy");
        erasure.askedAt = Objects.requireNonNull(at, "at");
        return erasure;
    }

    /** The earliest moment a second person may confirm it. */
    public Instant confirmableFrom() {
        return askedAt.plus(WAITING_PERIOD);
    }

    /** Why {@code by} cannot confirm the erasure at {@code now}, or empty when they can. */
    public Optional<Refusal> refusalToConfirm(String by, Instant now) {
        if (erasedAt != null) {
            return Optional.of(Refusal.ALREADY_ERASED);
        }
        if (withdrawnAt != null) {
            return Optional.of(Refusal.WITHDRAWN);
        }
        if (!SeparationOfDuties.permits(askedBy, by)) {
            return Optional.of(Refusal.SAME_PERSON);
        }
        if (now.isBefore(confirmableFrom())) {
            return Optional.of(Refusal.TOO_SOON);
        }
        return Optional.empty();
    }

    /** Whether the request still stands: neither withdrawn nor carried out. */
    public boolean open() {
        return withdrawnAt == null && erasedAt == null;
    }

    /** Withdrawn by {@code by} (anyone who could have asked): the board stays. */
    public void withdraw(String by, Instant at) {
        if (!open()) {
            throw new IllegalStateException("Only a request that still stands can be withdrawn");
        }
        this.withdrawnBy = Objects.requireNonNull(by, "by");
        this.withdrawnAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Confirmed by {@code by} and carried out at {@code at}: what went, and where the audit chain ended. Refused
     * (an {@link IllegalStateException}) whenever {@link #refusalToConfirm} would refuse.
     */
    public void erased(String by, Instant at, Map<String, Long> rows, long files, long lastSequence, String lastHash,
            boolean chainWasIntact) {
        refusalToConfirm(by, at).ifPresent(refusal -> {
            throw new IllegalStateException("The erasure cannot be confirmed: " + refusal);
        });
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.erasedAt = at;
        this.rowsErased = new TreeMap<>(rows);
        this.filesErased = files;
        this.chainLastSequence = lastSequence;
        this.chainLastHash = lastHash;
        this.chainIntact = chainWasIntact;
    }

    public Long id() {
        return id;
    }

    public String boardId() {
        return boardId;
    }

    public String boardName() {
        return boardName;
    }

    public String reason() {
        return reason;
    }

    public String askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public Long chainLastSequence() {
        return chainLastSequence;
    }

    public String chainLastHash() {
        return chainLastHash;
    }

    public Boolean chainIntact() {
        return chainIntact;
    }

    public Long filesErased() {
        return filesErased;
    }

    /** Rows removed per table, by the table's name in lower case. */
    public Map<String, Long> rowsErased() {
        return Map.copyOf(rowsErased);
    }
}
