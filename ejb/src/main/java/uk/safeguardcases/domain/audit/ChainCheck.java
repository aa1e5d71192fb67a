package uk.safeguardcases.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One check of a board's audit chain: when, by whom (a board administrator, or the nightly check), and whether
 * every entry still matched its hash; if not, the first entry that did not and why. Kept, never changed.
 */
@Entity
@Immutable
@Table(name = "audit_chain_check")
public class ChainCheck {

    /** Who runs the check every night. */
    public static final String NIGHTLY = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(nullable = false)
    private boolean intact;

    @Column(name = "entries_checked", nullable = false)
    private long entriesChecked;

    @Column(name = "first_broken_sequence")
    private Long firstBrokenSequence;

    private String problem;

    /** The first entry this check read: 1 when it walked the whole chain, else the one after its checkpoint. */
    @Column(name = "from_sequence", nullable = false)
    private long fromSequence;

    /** When intact: the last entry verified and its hash, where the next check may go on from. */
    @Column(name = "verified_to_sequence")
    private Long verifiedToSequence;

    @Column(name = "verified_to_hash")
    private String verifiedToHash;

    protected ChainCheck() {
    }

    public ChainCheck(Instant checkedAt, String checkedBy, long fromSequence, boolean intact, long entriesChecked,
            Long firstBrokenSequence, String problem, Long verifiedToSequence, String verifiedToHash) {
        this.fromSequence = fromSequence;
        this.verifiedToSequence = verifiedToSequence;
        this.verifiedToHash = verifiedToHash;
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
        this.intact = intact;
        this.entriesChecked = entriesChecked;
        this.firstBrokenSequence = firstBrokenSequence;
        this.problem = problem;
    }

    public Long id() {
        return id;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public boolean intact() {
        return intact;
    }

    public long entriesChecked() {
        return entriesChecked;
    }

    public Long firstBrokenSequence() {
        return firstBrokenSequence;
    }

    public String problem() {
        return problem;
    }

    public long fromSequence() {
        return fromSequence;
    }

    /** Whether this check walked the whole chain, from its first entry. */
    public boolean whole() {
        return fromSequence <= 1;
    }

    public Long verifiedToSequence() {
        return verifiedToSequence;
    }

    public String verifiedToHash() {
        return verifiedToHash;
    }
}
