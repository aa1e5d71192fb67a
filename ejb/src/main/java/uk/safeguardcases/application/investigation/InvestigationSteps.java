package uk.safeguardcases.application.investigation;

import java.time.Clock;
import jakarta.enterprise.event.Event;
import uk.safeguardcases.domain.requests.MemberRequestRepository;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.deadline.DeadlinePolicy;
import uk.safeguardcases.domain.deadline.Deadline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.notification.Notifications;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.PolicyCitation;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.RetentionRule;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The steps the process takes by itself (service tasks, timers, step changes), run by the engine's
 * delegates as the board's system caller. Each is idempotent: run twice, it changes nothing the second time.
 */
@Stateless
public class InvestigationSteps {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private KnownTriageOutcomes outcomes;

    @Inject
    private MemberRequestRepository requestRecords;

    @Inject
    private BoardRepository boards;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private CaseLookup cases;

    @Inject
    private TimelineService timeline;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private MemberRequests memberRequests;

    @Inject
    private Notifications notifications;

    @Inject
    private Event<ReferralSent> referralSent;

    @Inject
    private ClosureSummary closureSummary;

    public void stepEntered(long caseId, String activityId) {
        InvestigationProcess.stepAt(activityId).ifPresent(step -> cases.byId(caseId).moveTo(step));
    }

    public void escalateLado(long caseId) {
        if (cases.byId(caseId).externalDeadlines().ladoTimescaleMissed(Instant.now(clock))) {
            timeline.record(caseId, AuditAction.LADO_TIMESCALE_MISSED, "The LADO referral was not made within one working day;"
                    + " escalated to the senior manager.");
            notifications.escalate(caseId, Notice.LADO_TIMESCALE_MISSED);
        }
    }

    /** The report about an adult at risk was not made in time: recorded and escalated to the seniors, once. */
    public void escalateAdultReport(long caseId) {
        if (cases.byId(caseId).externalDeadlines().adultReportTimescaleMissed(Instant.now(clock))) {
            timeline.record(caseId, AuditAction.ADULT_REPORT_TIMESCALE_MISSED, "The report about an adult at risk was"
                    + " not made to the adult safeguarding team within the board's timescale; escalated to the senior"
                    + " manager.");
            notifications.escalate(caseId, Notice.ADULT_REPORT_TIMESCALE_MISSED);
        }
    }

    /** CHSCB 5.3: asks the member to remove the content; returns its deadline, for the process's timers. */
    public Deadline sendRemovalRequest(long caseId) {
        return requestOrSend(caseId, RequestKind.REMOVAL).answerBy();
    }

    public void remindAboutRemoval(long caseId) {
        MemberRequest request = request(caseId, RequestKind.REMOVAL);
        if (request.remind(Instant.now(clock))) {
            timeline.record(caseId, AuditAction.REMOVAL_REMINDER_SENT, "The member was reminded of the removal deadline.");
            notifications.removalReminder(caseId, request);
        }
    }

    /** CHSCB 5.4: failure to comply is recorded and the case goes on. */
    public void recordNonCompliance(long caseId) {
        if (request(caseId, RequestKind.REMOVAL).recordNonCompliance(Instant.now(clock))) {
            timeline.record(caseId, AuditAction.NON_COMPLIANCE_RECORDED,
                    "The content was not removed by the deadline; further action may be taken"
                            + PolicyCitation.FAILURE_TO_REMOVE.inBrackets(CallerContext.current().tenantId()) + ".");
            notifications.escalate(caseId, Notice.NON_COMPLIANCE);
        }
    }

    /** CHSCB 6.3: requires the member's co-operation; returns its deadline, for the process's timer. */
    public Deadline sendCooperationRequest(long caseId) {
        return requestOrSend(caseId, RequestKind.COOPERATION).answerBy();
    }

    public void recordNonCooperation(long caseId) {
        if (request(caseId, RequestKind.COOPERATION).recordNonCompliance(Instant.now(clock))) {
            timeline.record(caseId, AuditAction.NON_COOPERATION_RECORDED,
                    "No statement or interview by the deadline"
                            + PolicyCitation.DUTY_TO_COOPERATE.inBrackets(CallerContext.current().tenantId()) + ".");
            notifications.escalate(caseId, Notice.NON_COOPERATION);
        }
    }

    /** CHSCB 6.2: the referral to the HR partner of the member's parent organisation; returns its acknowledgement deadline. */
    public Deadline sendReferral(long caseId, String approvedBy) {
        SafeguardingCase safeguardingCase = cases.byId(caseId);
        Referral referral = referrals.ofCase(caseId).orElse(null);
        if (referral == null) {
            Instant now = Instant.now(clock);
            referral = Referral.send(caseId, safeguardingCase.organisation().id(),
                    ReferralKind.valueOf(safeguardingCase.decision().outcome().name()), approvedBy, now,
                    calendar.deadlines().hrAcknowledgement(now));
            referrals.add(referral);
            timeline.record(caseId, AuditAction.REFERRED_TO_PARENT_ORGANISATION, referral.kind().label() + " to "
                    + safeguardingCase.organisation().name() + "; acknowledgement due "
                    + WorkingCalendar.describe(referral.acknowledgementDue()));
            referralSent.fire(new ReferralSent(caseId));
            notifications.referralSent(caseId, referral.acknowledgementDue());
            notifications.referralDecided(caseId);
        }
        Deadline acknowledgement = referral.acknowledgeBy();
        if (acknowledgement.reminderAt() != null) {
            return acknowledgement;
        }
        // A referral sent by an earlier version kept no reminder: it is worked out as it would be now.
        return Deadline.due(acknowledgement.due(),
                calendar.workingDays().reminderBefore(acknowledgement.due(), board().hrReminderWorkingDays()));
    }

    public void remindHr(long caseId) {
        Referral referral = referral(caseId);
        if (referral.remind(Instant.now(clock))) {
            timeline.record(caseId, AuditAction.HR_REMINDER_SENT, "The HR partner was reminded to acknowledge the referral.");
            notifications.hrReminder(caseId, referral.acknowledgementDue());
        }
    }

    public void escalateHrAcknowledgement(long caseId) {
        if (referral(caseId).escalate(Instant.now(clock))) {
            timeline.record(caseId, AuditAction.HR_ACKNOWLEDGEMENT_OVERDUE,
                    "The referral was not acknowledged in time; escalated to the senior manager.");
            notifications.escalate(caseId, Notice.HR_ACKNOWLEDGEMENT_OVERDUE);
        }
    }

    /** Closes the case with its summary and the date until which it is kept (see {@link RetentionRule}). */
    public void close(long caseId, String reason) {
        SafeguardingCase safeguardingCase = cases.byId(caseId);
        if (safeguardingCase.status() == CaseStatus.CLOSED) {
            return;
        }
        ClosureReason closure = outcomes.reason(reason);
        safeguardingCase.close(closure, Instant.now(clock), closureSummary.of(safeguardingCase, closure), WorkingCalendar.UK,
                boards.current().triageClosureRetentionMonths(), boards.current().coolingOff());
        timeline.record(caseId, AuditAction.CASE_CLOSED, safeguardingCase.closure().summary() + " Kept until "
                + safeguardingCase.retention().until() + " (" + safeguardingCase.retention().basis().label()
                .toLowerCase(Locale.UK) + ").");
        notifications.caseClosed(caseId);
    }

    private MemberRequest requestOrSend(long caseId, RequestKind kind) {
        MemberRequest existing = memberRequests.of(caseId, kind).orElse(null);
        if (existing != null) {
            return existing;
        }
        Instant now = Instant.now(clock);
        DeadlinePolicy deadlines = calendar.deadlines();
        MemberRequest request = MemberRequest.send(caseId, kind, now,
                kind == RequestKind.REMOVAL ? deadlines.removal(now) : deadlines.cooperation(now));
        requestRecords.add(request);
        timeline.record(caseId, kind.sentAction(), "Deadline " + WorkingCalendar.describe(request.deadline()));
        notifications.requestSent(caseId, request);
        return request;
    }

    private MemberRequest request(long caseId, RequestKind kind) {
        return memberRequests.of(caseId, kind).orElseThrow();
    }

    private Referral referral(long caseId) {
        return referrals.ofCase(caseId).orElseThrow();
    }

    private Board board() {
        return boards.current();
    }
}
