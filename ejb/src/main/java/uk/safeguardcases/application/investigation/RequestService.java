package uk.safeguardcases.application.investigation;

import java.time.Clock;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.deadline.Deadline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.notification.Notifications;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.MoreTime;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The member's answers to the board's requests (removal, CHSCB 5.3; co-operation, CHSCB 6.3) and the
 * officer's decisions on them. A member answers only requests about themselves; an officer may record an
 * answer the member gave another way (by e-mail, in an interview).
 */
@Stateless
public class RequestService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** How the member's acceptance of an interview is written at the head of their answer. */
    public static final String ACCEPTS_INTERVIEW = uk.safeguardcases.domain.requests.CooperationAccount.ACCEPTS_INTERVIEW;

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private MemberRequests memberRequests;

    @Inject
    private EvidenceService evidence;

    @Inject
    private Notifications notifications;

    public void respondToRemoval(String reference, MemberResponse response, String text) {
        respondToRemoval(reference, response, text, null);
    }

    /**
     * The member's answer to the removal request; when they removed the content, {@code proof} (a
     * screenshot of the page without it, say) is kept as evidence provided by the member.
     */
    public void respondToRemoval(String reference, MemberResponse response, String text, EvidenceInput proof) {
        Caller caller = CallerContext.require(Role.MEMBER, Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        if (response != MemberResponse.REMOVED && response != MemberResponse.CONTESTED
                && response != MemberResponse.MORE_TIME) {
            problems.put("response", Texts.text("removal.response.missing"));
        }
        String reasons = Inputs.text(problems, "text", text, 4000,
                response == MemberResponse.REMOVED ? null : Texts.text("removal.reasons.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = caseFor(caller, reference);
        MemberRequest request = request(safeguardingCase, RequestKind.REMOVAL);
        request.answer(response, reasons, false, Instant.now(clock));
        recordRemovalAnswer(safeguardingCase, response, reasons);
        if (proof != null && response == MemberResponse.REMOVED) {
            evidence.capture(reference, proof);
        }
        deliverRemovalAnswer(safeguardingCase, response);
    }

    /**
     * The member asks for more time to remove the content, until {@code until}: a day after the current deadline
     * and at most six weeks after it ({@link MoreTime}). The officer reads the day at the head of the reasons.
     */
    public void askForMoreTime(String reference, LocalDate until, String reasons) {
        Caller caller = CallerContext.require(Role.MEMBER, Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "text", reasons, 3900, Texts.text("removal.reasons.missing"));
        SafeguardingCase safeguardingCase = caseFor(caller, reference);
        MemberRequest request = request(safeguardingCase, RequestKind.REMOVAL);
        request.moreTimeRefusal(until, WorkingCalendar.UK).ifPresent(refusal -> problems.put("until",
                switch (refusal) {
                    case NO_DAY -> Texts.text("moreTime.until.missing");
                    case NOT_AFTER_DEADLINE -> Texts.text("moreTime.until.notAfterDeadline");
                    case TOO_LATE -> Texts.text("moreTime.until.tooLate");
                }));
        Inputs.check(problems);
        String text = "More time asked until " + WorkingCalendar.describe(
                until.atTime(17, 0).atZone(WorkingCalendar.UK).toInstant()) + ". " + why;
        request.askForMoreTime(until, text, WorkingCalendar.UK, Instant.now(clock));
        recordRemovalAnswer(safeguardingCase, MemberResponse.MORE_TIME, text);
        deliverRemovalAnswer(safeguardingCase, MemberResponse.MORE_TIME);
    }

    private void recordRemovalAnswer(SafeguardingCase safeguardingCase, MemberResponse response, String reasons) {
        timeline.record(safeguardingCase.id(), AuditAction.REMOVAL_REQUEST_ANSWERED, response.label()
                + (reasons.isEmpty() ? "" : ": " + reasons));
    }

    private void deliverRemovalAnswer(SafeguardingCase safeguardingCase, MemberResponse response) {
        tasks.deliver(safeguardingCase, InvestigationProcess.AWAIT_REMOVAL_RESPONSE,
                InvestigationProcess.REMOVAL_RESPONSE_MESSAGE, Texts.text("step.removalResponse"),
                Map.of(InvestigationProcess.REMOVAL_RESPONSE, response.name()));
    }

    public void reviewContest(String reference, boolean upheld, String reason) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "reason", reason, 4000, Texts.text("decision.reason.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        MemberRequest request = request(safeguardingCase, RequestKind.REMOVAL);
        request.decide(upheld ? "UPHELD" : "REJECTED", caller.username(), Instant.now(clock), null);
        timeline.record(safeguardingCase.id(), upheld ? AuditAction.CONTEST_UPHELD : AuditAction.CONTEST_REJECTED, why);
        tasks.complete(safeguardingCase, InvestigationProcess.REVIEW_CONTEST_TASK, Texts.text("step.reviewContest"),
                Map.of(InvestigationProcess.CONTEST_UPHELD, upheld));
        notifications.removalDecision(safeguardingCase.id(), request,
                upheld ? Notice.CONTEST_UPHELD : Notice.CONTEST_REJECTED);
    }

    /** Grants more time (a new deadline {@code extraWorkingDays} after the current one) or refuses it. */
    public void decideExtension(String reference, boolean grant, int extraWorkingDays, String reason) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        if (grant && !MoreTime.mayGive(extraWorkingDays)) {
            problems.put("extraWorkingDays", Texts.text("extension.days"));
        }
        String why = Inputs.text(problems, "reason", reason, 4000, Texts.text("decision.reason.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        MemberRequest request = request(safeguardingCase, RequestKind.REMOVAL);
        Deadline later = grant ? calendar.deadlines().removalExtended(request.answerBy(), extraWorkingDays) : null;
        request.decide(grant ? "MORE_TIME_GIVEN" : "MORE_TIME_REFUSED", caller.username(), Instant.now(clock), later);
        Instant deadline = request.deadline();
        Instant reminder = request.reminderAt();
        timeline.record(safeguardingCase.id(), grant ? AuditAction.MORE_TIME_GIVEN : AuditAction.MORE_TIME_REFUSED,
                (grant ? "New deadline " + WorkingCalendar.describe(deadline) + ". " : "") + why);
        tasks.complete(safeguardingCase, InvestigationProcess.DECIDE_EXTENSION_TASK, Texts.text("step.decisionOnMoreTime"),
                Map.of(InvestigationProcess.REMOVAL_DEADLINE, Date.from(deadline),
                        InvestigationProcess.REMOVAL_REMINDER_AT, Date.from(reminder)));
        notifications.removalDecision(safeguardingCase.id(), request,
                grant ? Notice.MORE_TIME_GIVEN : Notice.MORE_TIME_REFUSED);
    }

    /**
     * The member co-operated: a statement (from the member or recorded by the officer) or an interview. Where
     * log-ins were involved, only the fact that supervised access took place is recorded, never a password.
     */
    public void recordCooperation(String reference, MemberResponse how, String account, boolean supervisedAccess) {
        cooperate(reference, how, account, supervisedAccess, false);
    }

    /**
     * The member's own answer to the co-operation request (CHSCB 6.3): a written statement, and/or that they
     * accept an interview, which the officer then arranges and records. Members never record supervised
     * access to their accounts; only the officer does, as a fact, and never a password.
     */
    public void respondToCooperation(String reference, String statement, boolean acceptsInterview) {
        CallerContext.require(Role.MEMBER);
        Map<String, String> problems = new LinkedHashMap<>();
        String text = Inputs.text(problems, "statement", statement, 4000 - ACCEPTS_INTERVIEW.length() - 2,
                acceptsInterview ? null : Texts.text("cooperation.statement.missing"));
        Inputs.check(problems);
        String account = new uk.safeguardcases.domain.requests.CooperationAccount(acceptsInterview, text).kept();
        cooperate(reference, MemberResponse.STATEMENT, account, false, acceptsInterview);
    }

    private void cooperate(String reference, MemberResponse how, String account, boolean supervisedAccess,
            boolean acceptsInterview) {
        Caller caller = CallerContext.require(Role.MEMBER, Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        if (how != MemberResponse.STATEMENT && how != MemberResponse.INTERVIEW) {
            problems.put("how", Texts.text("cooperation.how.missing"));
        }
        if (how == MemberResponse.INTERVIEW && !caller.has(Role.OFFICER)) {
            problems.put("how", Texts.text("cooperation.interviewByOfficer"));
        }
        String text = Inputs.text(problems, "account", account, 4000, Texts.text("cooperation.account.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = caseFor(caller, reference);
        MemberRequest request = request(safeguardingCase, RequestKind.COOPERATION);
        request.answer(how, text, supervisedAccess, Instant.now(clock));
        timeline.record(safeguardingCase.id(), AuditAction.COOPERATION_RECORDED, how.label()
                + (acceptsInterview ? "; the member accepts an interview" : "")
                + (supervisedAccess ? "; supervised access to the member's account took place" : ""));
        tasks.deliver(safeguardingCase, InvestigationProcess.AWAIT_COOPERATION,
                InvestigationProcess.COOPERATION_RESPONSE_MESSAGE, Texts.text("step.cooperation"), Map.of());
    }

    private SafeguardingCase caseFor(Caller caller, String reference) {
        return cases.forCaller(caller, reference);
    }

    private MemberRequest request(SafeguardingCase safeguardingCase, RequestKind kind) {
        return memberRequests.of(safeguardingCase.id(), kind)
                .orElseThrow(() -> new NotFoundException(kind == RequestKind.REMOVAL
                        ? Texts.text("notFound.removalRequest", safeguardingCase.reference())
                        : Texts.text("notFound.cooperationRequest", safeguardingCase.reference())));
    }
}
