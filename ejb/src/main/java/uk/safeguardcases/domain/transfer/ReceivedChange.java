package uk.safeguardcases.domain.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.cases.AllegationFinding;

/**
 * A mark on what another board sent: a change the sending board told after it sent it (its case reopened, a finding,
 * its record removed), when it changed there and when this board was told. Only the kind and the finding travel,
 * never the sending board's words about it.
 */
@Embeddable
public class ReceivedChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(length = 20)
    private String finding;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "told_at", nullable = false)
    private Instant toldAt;

    protected ReceivedChange() {
    }

    ReceivedChange(SenderChange.Told told, Instant changedAt, Instant toldAt) {
        this.kind = told.change().name();
        this.finding = told.finding() == null ? null : told.finding().name();
        this.changedAt = changedAt;
        this.toldAt = toldAt;
    }

    public SenderChange kind() {
        return SenderChange.valueOf(kind);
    }

    /** The finding, for {@link SenderChange#FOUND}; null otherwise. */
    public AllegationFinding finding() {
        return finding == null ? null : AllegationFinding.valueOf(finding);
    }

    /** The key of its words: {@code change.REOPENED}, {@code change.FOUND.FALSE}, {@code change.REMOVED}. */
    public String wordsKey() {
        return "change." + kind + (finding == null ? "" : "." + finding);
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant toldAt() {
        return toldAt;
    }
}
