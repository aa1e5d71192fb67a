package uk.safeguardcases.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.people.Decision;

/**
 * Whether the member of a case is shown one piece of evidence in the portal, as the board decided, and who
 * decided it last. Kept apart from the {@link Evidence}, which never changes after capture. Illegal imagery is
 * never shown: only the board and the IWF / CEOP deal with it.
 */
@Entity
@Table(name = "evidence_disclosure")
public class EvidenceDisclosure {

    public static final String ILLEGAL_IMAGERY_NEVER_SHOWN = "A report of illegal imagery is never shown to the member.";

    @Id
    @Column(name = "evidence_id", nullable = false, updatable = false)
    private Long evidenceId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "shown_to_member", nullable = false)
    private boolean shownToMember;

    /** Never null once saved (columns {@code decided_by}, {@code decided_at} not null). */
    @Embedded
    private Decision decided;

    protected EvidenceDisclosure() {
    }

    /** The decision made when the evidence is captured. */
    public static EvidenceDisclosure decide(Evidence evidence, boolean shownToMember, String by, Instant at) {
        EvidenceDisclosure disclosure = new EvidenceDisclosure();
        disclosure.evidenceId = Objects.requireNonNull(evidence.id(), "evidence must be saved first");
        disclosure.change(evidence, shownToMember, by, at);
        return disclosure;
    }

    /** The board changes its mind; returns whether anything changed. */
    public boolean change(Evidence evidence, boolean shown, String by, Instant at) {
        if (!evidence.id().equals(evidenceId)) {
            throw new IllegalArgumentException("Evidence " + evidence.id() + " is not evidence " + evidenceId);
        }
        if (shown && evidence.illegalImagery()) {
            throw new IllegalArgumentException(ILLEGAL_IMAGERY_NEVER_SHOWN);
        }
        if (decided != null && shownToMember == shown) {
            return false;
        }
        this.shownToMember = shown;
        this.decided = Decision.by(by, at);
        return true;
    }

    public Long evidenceId() {
        return evidenceId;
    }

    public boolean shownToMember() {
        return shownToMember;
    }

    public String decidedBy() {
        return Decision.byOf(decided);
    }

    public Instant decidedAt() {
        return Decision.atOf(decided);
    }
}
