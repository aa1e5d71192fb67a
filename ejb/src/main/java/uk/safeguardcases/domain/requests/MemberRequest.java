package uk.safeguardcases.domain.requests;

import uk.safeguardcases.domain.cases.PartOfACase;
import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import uk.safeguardcases.domain.deadline.Deadline;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import uk.safeguardcases.domain.people.Decision;

/**
 * A request to the member with a deadline: remove content (CHSCB 5.3) or co-operate (CHSCB 6.3). One of
 * each kind is current on a case; one made before the case was reopened is kept, set aside ({@link #setAside}).
 * Supervised access to an account is recorded as a fact; a password never is.
 */
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1 or {alias}.case_id in (select hr_r.case_id from referral hr_r where hr_r.organisation_id = :organisationId))")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '' or {alias}.case_id in (select own_c.id from safeguarding_case own_c join person own_p on own_p.id = own_c.subject_person_id where own_p.username = :member))")
@Entity
@Table(name = "member_request")
public class MemberRequest extends PartOfACase {


    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestKind kind;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    /** When the member must answer by: the reminder before it, and non-compliance recorded once it has passed. */
    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "deadline", nullable = false))
    @AttributeOverride(name = "reminderAt", column = @Column(name = "reminder_at"))
    @AttributeOverride(name = "remindedAt", column = @Column(name = "reminded_at"))
    @AttributeOverride(name = "missedAt", column = @Column(name = "non_compliance_at"))
    private Deadline answerBy;

    @Enumerated(EnumType.STRING)
    private MemberResponse response;

    @Column(name = "response_text")
    private String responseText;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "supervised_access", nullable = false)
    private boolean supervisedAccess;

    private String decision;

    @Embedded
    private Decision decided;

    /** When the case was reopened and this request stopped being the current one (null: it is current). */
    @Column(name = "set_aside_at")
    private Instant setAsideAt;

    @Version
    private long version;

    protected MemberRequest() {
    }

    private MemberRequest(Long caseId) {
        super(caseId);
    }

    public static MemberRequest send(Long caseId, RequestKind kind, Instant sentAt, Deadline answerBy) {
        MemberRequest request = new MemberRequest(caseId);
        request.kind = kind;
        request.sentAt = sentAt;
        request.answerBy = answerBy;
        return request;
    }

    /** The reminder before the deadline, once per deadline (a new deadline arms it again), unless answered. */
    public boolean remind(Instant at) {
        return answerBy.remind(at, response != null);
    }

    /**
     * The case was reopened (issue 38): the investigation starts again, so this request, answered or not, is no longer
     * the one the member answers; it is kept as it was. True the first time.
     */
    public boolean setAside(Instant at) {
        if (setAsideAt != null) {
            return false;
        }
        setAsideAt = at;
        return true;
    }

    /** When the request was set aside by the case's reopening, or null while it is current. */
    public Instant setAsideAt() {
        return setAsideAt;
    }

    /** CHSCB 5.4: the deadline passed without compliance. Recorded once, however often the job runs. */
    public boolean recordNonCompliance(Instant at) {
        return answerBy.miss(at, response == MemberResponse.REMOVED);
    }

    public void answer(MemberResponse response, String text, boolean supervisedAccess, Instant at) {
        this.response = response;
        this.responseText = text;
        this.supervisedAccess = this.supervisedAccess || supervisedAccess;
        this.respondedAt = at;
    }

    /**
     * The member has answered since the board last decided on the request (or it has not decided yet): the next move is
     * the board's, not theirs, even in the moment before the case's process has taken the answer on to its next step.
     * After a decision that asks them again (more time given, reasons not accepted), it is theirs once more.
     */
    public boolean answeredSinceDecision() {
        return respondedAt != null && (decided == null || respondedAt.isAfter(decided.at()));
    }

    /**
     * Why the member cannot ask for more time until {@code until} ({@link MoreTime}: after the current deadline's
     * day in {@code zone}, and at most six weeks after it); empty when they can.
     */
    public Optional<MoreTime.Refusal> moreTimeRefusal(LocalDate until, ZoneId zone) {
        return MoreTime.refusalOf(until, answerBy.due().atZone(zone).toLocalDate());
    }

    /**
     * The member asks for more time to remove the content until {@code until}, {@code text} saying why. Only a
     * removal request gives more time, and only until a day {@link MoreTime} allows.
     */
    public void askForMoreTime(LocalDate until, String text, ZoneId zone, Instant at) {
        if (kind != RequestKind.REMOVAL) {
            throw new IllegalStateException("More time is asked for only on a content removal request");
        }
        Optional<MoreTime.Refusal> refusal = moreTimeRefusal(until, zone);
        if (refusal.isPresent()) {
            throw new IllegalArgumentException("More time cannot be asked until " + until + ": " + refusal.get());
        }
        answer(MemberResponse.MORE_TIME, text, false, at);
    }

    /** The officer's decision on a contest or a request for more time; a later deadline when time is given. */
    public void decide(String decision, String by, Instant at, Deadline later) {
        this.decision = decision;
        this.decided = Decision.by(by, at);
        if (later != null) {
            answerBy.moveTo(later);
        }
    }

    public Deadline answerBy() {
        return answerBy;
    }



    public RequestKind kind() {
        return kind;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant reminderAt() {
        return answerBy.reminderAt();
    }

    public Instant deadline() {
        return answerBy.due();
    }

    public Instant remindedAt() {
        return answerBy.remindedAt();
    }

    public MemberResponse response() {
        return response;
    }

    public String responseText() {
        return responseText;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public boolean supervisedAccess() {
        return supervisedAccess;
    }

    public String decision() {
        return decision;
    }

    public Instant nonComplianceAt() {
        return answerBy.missedAt();
    }
}
