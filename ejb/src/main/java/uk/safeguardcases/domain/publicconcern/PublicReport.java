package uk.safeguardcases.domain.publicconcern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.cases.ClosureReason;

/**
 * A concern raised on the board's public page: the case it raised, and what only the report has. Who the reporter is
 * (their name, e-mail and telephone, each optional) is for the board's officers and seniors alone (DPA 2018 Sch. 2
 * para. 16: the member's right of access does not reach information about another person). The receipt code is kept
 * only as its hash.
 */
@Entity
@Table(name = "public_report")
public class PublicReport {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    /** What one report may be given after it was sent: answers, and files (counted with those it was sent with). */
    public static final int ANSWERS_MOST = 50;
    public static final int FILES_MOST = 20;
    public static final long BYTES_MOST = 50L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "receipt_sha256", nullable = false, updatable = false)
    private String receiptSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_relation", nullable = false, updatable = false)
    private ReporterRelation relation;

    /** The organisation as the reporter named it, when it was none of the board's list. */
    @Column(name = "organisation_as_known")
    private String organisationAsKnown;

    @Column(name = "reporter_name")
    private String reporterName;

    @Column(name = "reporter_email")
    private String reporterEmail;

    @Column(name = "reporter_phone")
    private String reporterPhone;

    /** An officer's choice: the reporter is told how it ended, not only that it is closed. */
    @Column(name = "outcome_shown", nullable = false)
    private boolean outcomeShown;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "details_removed_at")
    private Instant detailsRemovedAt;

    @Version
    private long version;

    /** When the reporter confirmed their e-mail address (by the link sent to it); null until then. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** The SHA-256 of the confirmation link's token while it may still be used; never the token. */
    @Column(name = "email_token_sha256")
    private String emailTokenSha256;

    @Column(name = "email_token_expires_at")
    private Instant emailTokenExpiresAt;

    /** How many confirmation links were sent to the address, at most {@link AddressConfirmation#MOST_LINKS}. */
    @Column(name = "email_links_sent", nullable = false)
    private int emailLinksSent;

    protected PublicReport() {
    }

    public static PublicReport receive(long caseId, String receiptSha256, ReporterRelation relation,
            String organisationAsKnown, String name, String email, String phone, Instant now) {
        PublicReport report = new PublicReport();
        report.caseId = caseId;
        report.receiptSha256 = receiptSha256;
        report.relation = relation;
        report.organisationAsKnown = organisationAsKnown;
        report.reporterName = name;
        report.reporterEmail = email;
        report.reporterPhone = phone;
        report.receivedAt = now;
        return report;
    }

    /**
     * Whether a concern closed so was closed at triage (never investigated): the reporter's details go after the
     * board's period for triage closures.
     */
    public static boolean closedAtTriage(ClosureReason reason) {
        return reason != null && reason.neverInvestigated();
    }

    /**
     * Whether the retention rule has come for the reporter's details: their concern was closed at triage at least
     * the board's period ago ({@code triageClosureRetentionMonths}), or its case was removed. A concern still open
     * keeps them.
     */
    public static boolean detailsDue(LocalDate closedOn, ClosureReason reason, boolean caseRemoved,
            int triageClosureRetentionMonths, LocalDate today) {
        if (closedOn == null) {
            return false;
        }
        return caseRemoved || closedAtTriage(reason) && !today.isBefore(closedOn.plusMonths(
                triageClosureRetentionMonths));
    }

    /** Whether one more answer may be given, after {@code answered} of the reporter's. */
    public static boolean takesAnswerAfter(int answered) {
        return answered < ANSWERS_MOST;
    }

    /** Whether {@code adding} more files of {@code addingBytes} fit beside those the reporter gave already. */
    public static boolean filesFit(long keptFiles, long keptBytes, int adding, long addingBytes) {
        return keptFiles + adding <= FILES_MOST && keptBytes + addingBytes <= BYTES_MOST;
    }

    /** The reporter's answer (or their own message) to the board. */
    public ReportMessage answer(String body, String reporter, Instant at) {
        return new ReportMessage(id, true, body, reporter, at);
    }

    /** Whether the board may still write to the reporter: not once their details (and words) were removed. */
    public boolean takesMessages() {
        return detailsRemovedAt == null;
    }

    /** An officer's message to the reporter; never once the details were removed ({@link #takesMessages}). */
    public ReportMessage messageToReporter(String body, String officer, Instant at) {
        if (!takesMessages()) {
            throw new IllegalStateException("The reporter's details were removed");
        }
        return new ReportMessage(id, false, body, officer, at);
    }

    /**
     * How it ended, as the reporter may be told: only once it is closed, and only when an officer chose to share the
     * outcome; otherwise nothing.
     */
    public Optional<ClosureReason> outcomeToTell(ReportStatus status, ClosureReason reason) {
        return status == ReportStatus.CLOSED && outcomeShown && reason != null ? Optional.of(reason)
                : Optional.empty();
    }

    /** The retention rule has come: who the reporter was goes, the report stays (a chain of what happened). */
    public boolean removeDetails(Instant now) {
        if (detailsRemovedAt != null) {
            return false;
        }
        organisationAsKnown = null;
        reporterName = null;
        reporterEmail = null;
        reporterPhone = null;
        emailTokenSha256 = null;
        emailTokenExpiresAt = null;
        detailsRemovedAt = now;
        return true;
    }

    /**
     * The reporter gave an e-mail address: a confirmation link is sent to it, once, and this keeps the hash of its
     * token, good for {@link AddressConfirmation#LIFETIME}. Answers the token, to go in that one e-mail; nothing when
     * there is no address or it is already confirmed (or a link was already sent).
     */
    public java.util.Optional<String> askToConfirmAddress(Instant now) {
        if (reporterEmail == null || emailConfirmedAt != null || emailTokenSha256 != null || emailLinksSent > 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(newLink(now));
    }

    /**
     * The reporter, with their receipt code, asks for the link again (it expired, it was lost, or their address was
     * given before links were sent): a new one replaces the old, unless {@link #linkAgainRefusal} says why not.
     */
    public java.util.Optional<String> askToConfirmAddressAgain(Instant now) {
        return linkAgainRefusal(now).isPresent() ? java.util.Optional.empty()
                : java.util.Optional.of(newLink(now));
    }

    /**
     * Why a link cannot be sent again now, or nothing when it can: no address (or its details were removed), already
     * confirmed, {@link AddressConfirmation#MOST_LINKS} sent already, or the last one sent less than
     * {@link AddressConfirmation#BETWEEN_LINKS} ago and still working. Someone who knows the receipt code can so send a
     * stranger's address at most a few e-mails, an hour apart.
     */
    public java.util.Optional<AddressConfirmation.NoLink> linkAgainRefusal(Instant now) {
        if (reporterEmail == null || detailsRemovedAt != null) {
            return java.util.Optional.of(AddressConfirmation.NoLink.NO_ADDRESS);
        }
        if (emailConfirmedAt != null) {
            return java.util.Optional.of(AddressConfirmation.NoLink.CONFIRMED);
        }
        if (emailLinksSent >= AddressConfirmation.MOST_LINKS) {
            return java.util.Optional.of(AddressConfirmation.NoLink.NO_MORE);
        }
        if (emailTokenExpiresAt != null && now.isBefore(emailTokenExpiresAt)
                && now.isBefore(emailTokenExpiresAt.minus(AddressConfirmation.LIFETIME)
                        .plus(AddressConfirmation.BETWEEN_LINKS))) {
            return java.util.Optional.of(AddressConfirmation.NoLink.TOO_SOON);
        }
        return java.util.Optional.empty();
    }

    private String newLink(Instant now) {
        String token = AddressConfirmation.newToken();
        emailTokenSha256 = AddressConfirmation.digest(token);
        emailTokenExpiresAt = now.plus(AddressConfirmation.LIFETIME);
        emailLinksSent++;
        return token;
    }

    /** Whether an address was given and is still waiting for its owner to confirm it. */
    public boolean emailWaitingConfirmation() {
        return reporterEmail != null && detailsRemovedAt == null && emailConfirmedAt == null;
    }

    /**
     * Confirms the address with the token of the link sent to it: the right token, before it expired, used once (it
     * is forgotten when used), while the reporter's details are kept. Answers whether it confirmed; every other case
     * (wrong, expired, used, or this report's details removed) answers no, alike.
     */
    public boolean confirmAddress(String tokenDigest, Instant now) {
        if (detailsRemovedAt != null || reporterEmail == null || emailConfirmedAt != null || emailTokenSha256 == null
                || !emailTokenSha256.equals(tokenDigest) || !now.isBefore(emailTokenExpiresAt)) {
            return false;
        }
        emailConfirmedAt = now;
        emailTokenSha256 = null;
        emailTokenExpiresAt = null;
        return true;
    }

    /** Whether mail may go to the reporter's address: only once they confirmed it is theirs. */
    public boolean emailConfirmed() {
        return reporterEmail != null && emailConfirmedAt != null;
    }

    /** The address to write to, or null: none given, or not confirmed. */
    public String confirmedEmail() {
        return emailConfirmed() ? reporterEmail : null;
    }

    public void showOutcome(boolean shown) {
        this.outcomeShown = shown;
    }

    public boolean anonymous() {
        return reporterName == null && reporterEmail == null && reporterPhone == null;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long caseId() {
        return caseId;
    }

    public ReporterRelation relation() {
        return relation;
    }

    public String organisationAsKnown() {
        return organisationAsKnown;
    }

    public String reporterName() {
        return reporterName;
    }

    public String reporterEmail() {
        return reporterEmail;
    }

    public String reporterPhone() {
        return reporterPhone;
    }

    public boolean outcomeShown() {
        return outcomeShown;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant detailsRemovedAt() {
        return detailsRemovedAt;
    }
}
