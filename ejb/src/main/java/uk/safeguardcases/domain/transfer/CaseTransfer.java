package uk.safeguardcases.domain.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * A case the board sends to another board on the same deployment (issue 67), on the sending board's side: chosen by
 * a senior manager (the receiving board, what goes, the legal basis and the reason), checked by a second senior
 * manager when the board's rule asks, delivered by the transfer's process, and answered by the receiving board. Its
 * rules live here; the services only ask.
 */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer {

    public static final int REASON_MAX = 4000;
    public static final int REDACTIONS_MAX = 4000;
    public static final int ELSEWHERE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;

    /** The receiving board of this deployment; null when it goes to a board on another deployment, as a package. */
    @Column(name = "to_board", updatable = false)
    private String toBoard;

    /** The name of the board on another deployment it goes to, as a signed package (then {@code toBoard} is null). */
    @Column(name = "to_elsewhere", updatable = false, length = ELSEWHERE_MAX)
    private String toElsewhere;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "with_allegations", nullable = false, updatable = false)
    private boolean withAllegations;

    /** The numbers (within the case) of the evidence items chosen to go, comma-separated; null for none. */
    @Column(name = "evidence_numbers", updatable = false)
    private String evidenceNumbers;

    /** Third parties' details kept from the receiving board, one term per line, as for a subject access answer. */
    @Column(updatable = false, length = REDACTIONS_MAX)
    private String redactions;

    @Column(nullable = false)
    private String status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "check_note", length = REASON_MAX)
    private String checkNote;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    /** The receiving board's case reference, once it accepted. */
    @Column(name = "received_reference")
    private String receivedReference;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** Whether the member is told once it has gone (the board's rule, unless telling them would prejudice an enquiry). */
    @Column(name = "tell_member", nullable = false, updatable = false)
    private boolean tellMember;

    /** Why the member is not told though the board's rule would tell them (telling would prejudice an enquiry). */
    @Column(name = "member_not_told_reason", updatable = false, length = REASON_MAX)
    private String memberNotToldReason;

    @Column(name = "member_told_at")
    private Instant memberToldAt;

    /** Whether the files go too: the chosen evidence items' and the referral pack as it was sent. */
    @Column(name = "with_files", nullable = false, updatable = false)
    private boolean withFiles;

    protected CaseTransfer() {
    }

    /**
     * A senior manager's choice to send the case {@code caseReference} to the board {@code toBoard}: the summary and
     * the findings always go, the allegations when {@code withAllegations}, and the evidence items numbered
     * {@code evidenceNumbers}; {@code secondSenior}: the board's rule asks a second senior manager to check it first.
     */
    public static CaseTransfer propose(Long caseId, String caseReference, String fromBoard, String toBoard,
            LegalBasis basis, String reason, boolean withAllegations, List<Integer> evidenceNumbers, String redactions,
            String by, Instant at, boolean secondSenior) {
        if (toBoard == null || toBoard.equals(fromBoard)) {
            throw new IllegalArgumentException("A case is sent to another board, not to its own");
        }
        return proposed(caseId, caseReference, toBoard, null, basis, reason, withAllegations, evidenceNumbers,
                redactions, by, at, secondSenior);
    }

    /**
     * The same choice for the board named {@code toElsewhere} on another deployment: it goes as a signed package the
     * senior manager hands over, and its answer is recorded when that board gives it.
     */
    public static CaseTransfer proposeToAnotherDeployment(Long caseId, String caseReference, String toElsewhere,
            LegalBasis basis, String reason, boolean withAllegations, List<Integer> evidenceNumbers, String redactions,
            String by, Instant at, boolean secondSenior) {
        if (toElsewhere == null || toElsewhere.isBlank() || toElsewhere.length() > ELSEWHERE_MAX) {
            throw new IllegalArgumentException("A package names the board it goes to");
        }
        return proposed(caseId, caseReference, null, toElsewhere.strip(), basis, reason, withAllegations,
                evidenceNumbers, redactions, by, at, secondSenior);
    }

    private static CaseTransfer proposed(Long caseId, String caseReference, String toBoard, String toElsewhere,
            LegalBasis basis, String reason, boolean withAllegations, List<Integer> evidenceNumbers, String redactions,
            String by, Instant at, boolean secondSenior) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A transfer says why it is sent");
        }
        CaseTransfer t = new CaseTransfer();
        t.caseId = caseId;
        t.caseReference = caseReference;
        t.toBoard = toBoard;
        t.toElsewhere = toElsewhere;
        t.legalBasis = basis.name();
        t.reason = reason;
        t.withAllegations = withAllegations;
        t.evidenceNumbers = evidenceNumbers == null || evidenceNumbers.isEmpty() ? null
                : evidenceNumbers.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        t.redactions = redactions == null || redactions.isBlank() ? null : redactions;
        t.proposedBy = by;
        t.proposedAt = at;
        t.status = (secondSenior ? TransferStatus.AWAITING_CHECK : TransferStatus.SENDING).name();
        return t;
    }

    /**
     * Whether the member is told once it goes: when {@code boardTells} (the board's rule), unless the senior manager
     * says why telling them would prejudice an enquiry ({@code notToldReason}), which is kept. A board whose rule does
     * not tell its members needs no reason.
     */
    public void memberNotice(boolean boardTells, String notToldReason) {
        boolean prejudice = notToldReason != null && !notToldReason.isBlank();
        tellMember = boardTells && !prejudice;
        memberNotToldReason = boardTells && prejudice ? notToldReason.strip() : null;
    }

    /** The member was told, at {@code at}: once. True the first time. */
    public boolean memberTold(Instant at) {
        if (!tellMember || memberToldAt != null) {
            return false;
        }
        memberToldAt = at;
        return true;
    }

    public boolean tellMember() {
        return tellMember;
    }

    public String memberNotToldReason() {
        return memberNotToldReason;
    }

    public Instant memberToldAt() {
        return memberToldAt;
    }

    public void startedAs(String instanceId) {
        this.processInstanceId = instanceId;
    }

    /** Whether {@code senior} may check it: it waits for the check, and they did not propose it (four eyes). */
    public boolean mayBeCheckedBy(String senior) {
        return status() == TransferStatus.AWAITING_CHECK && senior != null && !senior.equals(proposedBy);
    }

    /** A second senior manager agrees: it goes. */
    public void agree(String by, String note, Instant at) {
        checked(by, note, at);
        status = TransferStatus.SENDING.name();
    }

    /** A second senior manager refuses, saying why: nothing goes. */
    public void refuse(String by, String note, Instant at) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A refusal says why");
        }
        checked(by, note, at);
        status = TransferStatus.REFUSED_AT_CHECK.name();
    }

    private void checked(String by, String note, Instant at) {
        if (status() != TransferStatus.AWAITING_CHECK) {
            throw new IllegalStateException("Transfer " + id + " is not waiting for its check");
        }
        if (by == null || by.equals(proposedBy)) {
            throw new IllegalStateException("Transfer " + id + " is checked by a senior manager who did not propose it");
        }
        checkedBy = by;
        checkedAt = at;
        checkNote = note == null || note.isBlank() ? null : note;
    }

    /** The receiving board holds its copy. True the first time; again (a retried delivery) changes nothing. */
    public boolean sent(Instant at) {
        if (status() == TransferStatus.SENDING) {
            status = TransferStatus.SENT.name();
            sentAt = at;
            return true;
        }
        if (sentAt != null) {
            return false;
        }
        throw new IllegalStateException("Transfer " + id + " is not being sent");
    }

    /**
     * The receiving board's answer: accepted as its case {@code theirReference}, or declined for {@code why}. True the
     * first time; the same answer again (a retried one) changes nothing.
     */
    public boolean decided(boolean accepted, String why, String theirReference, Instant at) {
        if (status() == TransferStatus.ACCEPTED || status() == TransferStatus.DECLINED) {
            return false;
        }
        if (status() != TransferStatus.SENT) {
            throw new IllegalStateException("Transfer " + id + " was not sent");
        }
        status = (accepted ? TransferStatus.ACCEPTED : TransferStatus.DECLINED).name();
        decidedAt = at;
        decisionReason = why;
        receivedReference = accepted ? theirReference : null;
        return true;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseReference() {
        return caseReference;
    }

    public String toBoard() {
        return toBoard;
    }

    /** The board on another deployment it goes to as a package, or null when it goes to a board of this one. */
    public String toElsewhere() {
        return toElsewhere;
    }

    /** Whether it goes as a signed package to a board on another deployment. */
    public boolean asPackage() {
        return toBoard == null;
    }

    public LegalBasis legalBasis() {
        return LegalBasis.valueOf(legalBasis);
    }

    public String reason() {
        return reason;
    }

    /** Whether the files go too (chosen as it was proposed, before it is saved). */
    public void sendFiles(boolean files) {
        if (id != null) {
            throw new IllegalStateException("Transfer " + id + " was proposed already");
        }
        this.withFiles = files;
    }

    public boolean withFiles() {
        return withFiles;
    }

    public boolean withAllegations() {
        return withAllegations;
    }

    public List<Integer> evidenceNumbers() {
        return evidenceNumbers == null ? List.of()
                : Arrays.stream(evidenceNumbers.split(",")).map(Integer::valueOf).toList();
    }

    public String redactions() {
        return redactions;
    }

    public TransferStatus status() {
        return TransferStatus.valueOf(status);
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String checkNote() {
        return checkNote;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String receivedReference() {
        return receivedReference;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
