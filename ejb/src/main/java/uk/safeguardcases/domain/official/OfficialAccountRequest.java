package uk.safeguardcases.domain.official;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.SeparationOfDuties;
import uk.safeguardcases.domain.people.Decision;

/**
 * CHSCB authorised use 2.1: "If a safeguarding partner wishes to become an authorised user and open a new authorised
 * account, they must first produce a brief business case". 2.2: the board approves it, asks for further consultation
 * with the requester (who answers; then it is decided again), or refuses it. Four eyes: never decided by who asked.
 */
@Entity
@Table(name = "official_account_request")
public class OfficialAccountRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Platform platform;

    @Column(nullable = false, updatable = false)
    private String handle;

    @Column(name = "set_up_name", nullable = false, updatable = false)
    private String setUpName;

    @Column(name = "job_title", nullable = false, updatable = false)
    private String jobTitle;

    @Column(name = "biography_role", updatable = false)
    private String biographyRole;

    /** How it supports the board's strategic objectives and furthers the requester's role (2.1). */
    @Column(name = "business_case", nullable = false, updatable = false)
    private String businessCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficialAccountRequestStatus status = OfficialAccountRequestStatus.AWAITING_DECISION;

    @Column(name = "consultation_question")
    private String consultationQuestion;

    @Column(name = "consulted_by")
    private String consultedBy;

    @Column(name = "consultation_answer")
    private String consultationAnswer;

    @Embedded
    private Decision decided;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected OfficialAccountRequest() {
    }

    public OfficialAccountRequest(String reference, String requestedBy, Instant requestedAt, Platform platform,
            String handle, String setUpName, String jobTitle, String biographyRole, String businessCase) {
        this.reference = reference;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.platform = platform;
        this.handle = handle;
        this.setUpName = setUpName;
        this.jobTitle = jobTitle;
        this.biographyRole = biographyRole;
        this.businessCase = businessCase;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Whether {@code decider} may decide it: anyone but who asked (four eyes). */
    public boolean decidableBy(String decider) {
        return SeparationOfDuties.permits(requestedBy, decider);
    }

    /** Whether the board has it to decide now (not while the requester answers its consultation). */
    public boolean awaitingDecision() {
        return status == OfficialAccountRequestStatus.AWAITING_DECISION;
    }

    public boolean madeBy(String username) {
        return requestedBy.equals(username);
    }

    /** Whether {@code username} has its consultation to answer: the requester, while it is with them. */
    public boolean answerableBy(String username) {
        return status == OfficialAccountRequestStatus.IN_CONSULTATION && madeBy(username);
    }

    /** 2.2: further consultation with the requester; the question is theirs to answer. */
    public void consult(String by, String question) {
        require(OfficialAccountRequestStatus.AWAITING_DECISION);
        this.consultedBy = by;
        this.consultationQuestion = question;
        this.status = OfficialAccountRequestStatus.IN_CONSULTATION;
    }

    /** The requester's answer to the consultation; decided again after it. */
    public void answerConsultation(String answer) {
        require(OfficialAccountRequestStatus.IN_CONSULTATION);
        this.consultationAnswer = answer;
        this.status = OfficialAccountRequestStatus.AWAITING_DECISION;
    }

    public void approve(String by, Instant at, String note, long accountId) {
        require(OfficialAccountRequestStatus.AWAITING_DECISION);
        decided(by, at, note);
        this.accountId = accountId;
        this.status = OfficialAccountRequestStatus.APPROVED;
    }

    public void refuse(String by, Instant at, String note) {
        require(OfficialAccountRequestStatus.AWAITING_DECISION);
        decided(by, at, note);
        this.status = OfficialAccountRequestStatus.REFUSED;
    }

    private void decided(String by, Instant at, String note) {
        this.decided = Decision.byOtherThan(requestedBy, by, at, reference);
        this.decisionNote = note;
    }

    private void require(OfficialAccountRequestStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Official account request " + reference + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Platform platform() {
        return platform;
    }

    public String handle() {
        return handle;
    }

    public String setUpName() {
        return setUpName;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String biographyRole() {
        return biographyRole;
    }

    public String businessCase() {
        return businessCase;
    }

    public OfficialAccountRequestStatus status() {
        return status;
    }

    public String consultationQuestion() {
        return consultationQuestion;
    }

    public String consultedBy() {
        return consultedBy;
    }

    public String consultationAnswer() {
        return consultationAnswer;
    }

    public String decidedBy() {
        return Decision.byOf(decided);
    }

    public Instant decidedAt() {
        return Decision.atOf(decided);
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Long accountId() {
        return accountId;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String tenantId() {
        return tenantId;
    }
}
