package uk.safeguardcases.domain.transfer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/**
 * A case another board sent (issue 67), on the receiving board's side: what came, as it came (the sending board's
 * words with its third parties' details redacted, never who raised the concern), read-only; a senior manager of the
 * board accepts it (a case of the board's own, in its own series, linked to this) or declines it saying why, which
 * erases what came and keeps the fact, the sending board's reference and the reason.
 */
@Entity
@Table(name = "received_transfer")
public class ReceivedTransfer {

    /** The items and the changes of this many transfers are read in one statement each (the list's page: two). */
    private static final int LOADED_TOGETHER = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Version
    private long version;

    @Column(name = "from_board", nullable = false, updatable = false)
    private String fromBoard;

    /** The sending board's own id of the transfer: one copy per transfer, however often it is delivered. */
    @Column(name = "from_transfer_id", nullable = false, updatable = false)
    private Long fromTransferId;

    @Column(name = "from_reference", nullable = false, updatable = false)
    private String fromReference;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Column(length = CaseTransfer.REASON_MAX)
    private String reason;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(length = 4000)
    private String summary;

    /** The sending board's outcome of its investigation (a {@code CaseOutcome}'s name), if it decided one. */
    @Column
    private String outcome;

    @Column(length = 4000)
    private String findings;

    /** The sending board's finding on the allegation (an {@code AllegationFinding}'s name), if it recorded one. */
    @Column
    private String finding;

    @Column(name = "redacted_passages", nullable = false)
    private int redactedPassages;

    @Column(nullable = false)
    private String status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = CaseTransfer.REASON_MAX)
    private String decisionReason;

    /** The board's own case, once accepted. */
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = LOADED_TOGETHER)
    @CollectionTable(name = "received_transfer_item", joinColumns = @JoinColumn(name = "transfer_id"))
    @OrderColumn(name = "position")
    private List<ReceivedItem> items = new ArrayList<>();

    /** The changes the sending board told since, oldest first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = LOADED_TOGETHER)
    @CollectionTable(name = "received_transfer_change", joinColumns = @JoinColumn(name = "transfer_id"))
    @OrderColumn(name = "position")
    private List<ReceivedChange> changes = new ArrayList<>();

    /** When the sending board told it removed its record (then what came is erased, unless a legal hold keeps it). */
    @Column(name = "removal_asked_at")
    private Instant removalAskedAt;

    /** When what came was erased (declined, or removed with the sending board's record). */
    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The trusted deployment whose signed package brought it (its name, as the board's administrator gave it). */
    @Column(name = "from_deployment", updatable = false)
    private String fromDeployment;

    /** The SHA-256 of the certificate that signed the package: with the sending board and its transfer, one copy. */
    @Column(name = "signer_sha256", updatable = false)
    private String signerSha256;

    /** The sending board's name as its package gave it (a board of another deployment is not known here). */
    @Column(name = "from_board_name", updatable = false)
    private String fromBoardName;

    /** When the sending deployment made the package, as its signature vouches (the time in what it signed). */
    @Column(name = "signed_at", updatable = false)
    private Instant signedAt;

    /** Where it came from, in the one-copy key: '' for this deployment, the signer's SHA-256 for a package. */
    @Column(nullable = false, updatable = false, length = 100)
    private String origin = "";

    /** The board a package names as the one it was made for (as the sending board typed it). */
    @Column(name = "made_for", updatable = false, length = 200)
    private String madeFor;

    protected ReceivedTransfer() {
    }

    /**
     * What came in a signed package from a board on another deployment, verified and imported at {@code at}: the
     * package's signer {@code from}, the sending board's name as the package gave it.
     */
    public static ReceivedTransfer imported(TransferPackage sent, ImportedFrom from, Instant at) {
        ReceivedTransfer r = receive(sent, at);
        r.fromDeployment = from.deployment();
        r.signerSha256 = from.signerSha256();
        r.fromBoardName = from.boardName();
        r.signedAt = from.signedAt();
        r.origin = from.signerSha256();
        r.madeFor = from.madeFor();
        return r;
    }

    /**
     * Who a package came from: the trusted deployment's name, the SHA-256 of its signing certificate, the sending
     * board's name, when it was made (as it signed it), and the board it names as the one it was made for.
     */
    public record ImportedFrom(String deployment, String signerSha256, String boardName, Instant signedAt,
            String madeFor) {
    }

    /** What came from {@code fromBoard}'s transfer {@code fromTransferId}, received at {@code at}. */
    public static ReceivedTransfer receive(TransferPackage sent, Instant at) {
        ReceivedTransfer r = new ReceivedTransfer();
        r.fromBoard = sent.fromBoard();
        r.fromTransferId = sent.transferId();
        r.fromReference = sent.reference();
        r.legalBasis = sent.legalBasis().name();
        r.reason = sent.reason();
        r.subjectName = sent.subjectName();
        r.organisationName = sent.organisationName();
        r.summary = sent.summary();
        r.outcome = sent.outcome();
        r.findings = sent.findings();
        r.finding = sent.finding();
        r.redactedPassages = sent.redactedPassages();
        r.items.addAll(sent.items());
        r.receivedAt = at;
        r.status = ReceivedStatus.AWAITING_DECISION.name();
        return r;
    }

    public void startedAs(String instanceId) {
        this.processInstanceId = instanceId;
    }

    /** Accepted by {@code by} as the board's case {@code ownCaseId}: what came is kept, linked to it, read-only. */
    public void accept(String by, Long ownCaseId, Instant at) {
        awaitingDecision();
        status = ReceivedStatus.ACCEPTED.name();
        decidedBy = by;
        decidedAt = at;
        caseId = ownCaseId;
    }

    /**
     * Declined by {@code by} for {@code why}: what came is erased (the person, the summary, the findings, every item,
     * the sending board's reason), and the fact, the sending board's reference, who declined it and why are kept.
     */
    public void decline(String by, String why, Instant at) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("A declined transfer says why");
        }
        awaitingDecision();
        status = ReceivedStatus.DECLINED.name();
        decidedBy = by;
        decidedAt = at;
        decisionReason = why;
        erase(at);
    }

    /**
     * The sending board told a change it made after sending it, which happened there at {@code changedAt}: what came is
     * marked with it. A removal of the sending board's record erases what came, unless {@code ownCaseHeld} (the
     * board's own case, accepted from it, is on its legal hold), which keeps it until the hold is lifted. A copy
     * declined or erased already holds nothing to mark.
     */
    public FollowUpResult changedAtSender(SenderChange.Told told, Instant changedAt, boolean ownCaseHeld, Instant at) {
        if (erasedAt != null || status() == ReceivedStatus.DECLINED || status() == ReceivedStatus.REMOVED) {
            return FollowUpResult.NOTHING_HELD;
        }
        changes.add(new ReceivedChange(told, changedAt, at));
        if (told.change() != SenderChange.REMOVED) {
            return FollowUpResult.MARKED;
        }
        removalAskedAt = at;
        if (ownCaseHeld && status() == ReceivedStatus.ACCEPTED) {
            return FollowUpResult.COPY_KEPT_UNDER_HOLD;
        }
        status = ReceivedStatus.REMOVED.name();
        erase(at);
        return FollowUpResult.COPY_REMOVED;
    }

    /**
     * Under the board's retention: a copy the sending board asked to remove, kept while the board's own case was on
     * legal hold, is erased once {@code ownCaseHeld} is no longer so. True if this call erased it.
     */
    public boolean eraseIfReleased(boolean ownCaseHeld, Instant at) {
        if (removalAskedAt == null || erasedAt != null || ownCaseHeld) {
            return false;
        }
        status = ReceivedStatus.REMOVED.name();
        erase(at);
        return true;
    }

    /** Whether the sending board removed its record and the board's legal hold keeps this copy. */
    public boolean keptUnderHold() {
        return removalAskedAt != null && erasedAt == null;
    }

    private void erase(Instant at) {
        erasedAt = at;
        reason = null;
        subjectName = null;
        organisationName = null;
        summary = null;
        outcome = null;
        findings = null;
        finding = null;
        items.clear();
    }

    private void awaitingDecision() {
        if (status() != ReceivedStatus.AWAITING_DECISION) {
            throw new IllegalStateException("Received transfer " + id + " is already decided");
        }
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    /** Whether it came in a package from another deployment (then its answer goes back by the boards' own means). */
    public boolean imported() {
        return signerSha256 != null;
    }

    public String fromDeployment() {
        return fromDeployment;
    }

    public String signerSha256() {
        return signerSha256;
    }

    public String fromBoardName() {
        return fromBoardName;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String madeFor() {
        return madeFor;
    }

    public String fromBoard() {
        return fromBoard;
    }

    public Long fromTransferId() {
        return fromTransferId;
    }

    public String fromReference() {
        return fromReference;
    }

    public LegalBasis legalBasis() {
        return LegalBasis.valueOf(legalBasis);
    }

    public String reason() {
        return reason;
    }

    public String subjectName() {
        return subjectName;
    }

    public String organisationName() {
        return organisationName;
    }

    public String summary() {
        return summary;
    }

    public String outcome() {
        return outcome;
    }

    public String findings() {
        return findings;
    }

    public String finding() {
        return finding;
    }

    public int redactedPassages() {
        return redactedPassages;
    }

    public ReceivedStatus status() {
        return ReceivedStatus.valueOf(status);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Long caseId() {
        return caseId;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    /** The changes the sending board told since it sent it, oldest first. */
    public List<ReceivedChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    public Instant removalAskedAt() {
        return removalAskedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public List<ReceivedItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** The allegations that came, in the sending board's order. */
    public List<ReceivedItem> allegations() {
        return items.stream().filter(i -> i.kind() == ReceivedItem.Kind.ALLEGATION).toList();
    }

    /** The evidence items that came, in the sending board's order. */
    public List<ReceivedItem> evidence() {
        return items.stream().filter(i -> i.kind() == ReceivedItem.Kind.EVIDENCE).toList();
    }
}
