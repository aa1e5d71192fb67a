package uk.safeguardcases.application.investigation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.CaseLookup;
import uk.safeguardcases.application.notification.Notifications;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.Visibility;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.calendar.WorkingDays;
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

    @PersistenceContext
    private EntityManager em;

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
    private ReferralPackPdf referralPacks;

    @Inject
    private ClosureSummary closureSummary;

    public void stepEntered(long caseId, String activityId) {
        InvestigationProcess.stepAt(activityId).ifPresent(step -> cases.byId(caseId).moveTo(step));
    }

    public void escalateLado(long caseId) {
        if (cases.byId(caseId).ladoTimescaleMissed(Instant.now())) {
            timeline.record(caseId, "LADO timescale missed", "The LADO referral was not made within one working day;"
                    + " escalated to the senior manager.");
            notifications.escalate(caseId, Notice.LADO_TIMESCALE_MISSED);
        }
    }

    /** CHSCB 5.3: asks the member to remove the content; returns the reminder and deadline for the timers. */
    public Map<String, Object> sendRemovalRequest(long caseId) {
        MemberRequest request = requestOrSend(caseId, RequestKind.REMOVAL);
        return Map.of(InvestigationProcess.REMOVAL_REMINDER_AT, Date.from(request.reminderAt()),
                InvestigationProcess.REMOVAL_DEADLINE, Date.from(request.deadline()));
    }

    public void remindAboutRemoval(long caseId) {
        MemberRequest request = request(caseId, RequestKind.REMOVAL);
        if (request.remind(Instant.now())) {
            timeline.record(caseId, "Removal reminder sent", "The member was reminded of the removal deadline.",
                    Visibility.SHARED_WITH_HR);
            notifications.removalReminder(caseId, request);
        }
    }

    /** CHSCB 5.4: failure to comply is recorded and the case goes on. */
    public void recordNonCompliance(long caseId) {
        if (request(caseId, RequestKind.REMOVAL).recordNonCompliance(Instant.now())) {
            timeline.record(caseId, "Non-compliance recorded",
                    "The content was not removed by the deadline (CHSCB 5.4: further action may be taken).",
                    Visibility.SHARED_WITH_HR);
            notifications.escalate(caseId, Notice.NON_COMPLIANCE);
        }
    }

    /** CHSCB 6.3: requires the member's co-operation; returns the deadline for the timer. */
    public Map<String, Object> sendCooperationRequest(long caseId) {
        MemberRequest request = requestOrSend(caseId, RequestKind.COOPERATION);
        return Map.of(InvestigationProcess.COOPERATION_DEADLINE, Date.from(request.deadline()));
    }

    public void recordNonCooperation(long caseId) {
        if (request(caseId, RequestKind.COOPERATION).recordNonCompliance(Instant.now())) {
            timeline.record(caseId, "Non-co-operation recorded",
                    "No statement or interview by the deadline (CHSCB 6.3).", Visibility.SHARED_WITH_HR);
            notifications.escalate(caseId, Notice.NON_COOPERATION);
        }
    }

    /** CHSCB 6.2: the referral to the HR partner of the member's parent organisation. */
    public Map<String, Object> sendReferral(long caseId, String approvedBy) {
        SafeguardingCase safeguardingCase = cases.byId(caseId);
        Referral referral = em.createQuery("select r from Referral r where r.caseId = :caseId", Referral.class)
                .setParameter("caseId", caseId).getResultStream().findFirst().orElse(null);
        Board board = board();
        WorkingDays days = calendar.workingDays();
        if (referral == null) {
            Instant now = Instant.now();
            referral = Referral.send(caseId, safeguardingCase.organisation().id(),
                    ReferralKind.valueOf(safeguardingCase.outcome().name()), approvedBy, now,
                    days.deadline(now, board.hrAcknowledgementWorkingDays()));
            em.persist(referral);
            timeline.record(caseId, "Referred to the parent organisation", referral.kind().label() + " to "
                    + safeguardingCase.organisation().name() + "; acknowledgement due "
                    + WorkingCalendar.describe(referral.acknowledgementDue()), Visibility.SHARED_WITH_HR);
            referralPacks.recordSending(caseId);
            notifications.referralSent(caseId, referral.acknowledgementDue());
            notifications.referralDecided(caseId);
        }
        Instant reminder = days.reminderBefore(referral.acknowledgementDue(), board.hrReminderWorkingDays());
        return Map.of(InvestigationProcess.HR_ACK_REMINDER_AT, Date.from(reminder),
                InvestigationProcess.HR_ACK_DUE, Date.from(referral.acknowledgementDue()));
    }

    public void remindHr(long caseId) {
        Referral referral = referral(caseId);
        if (referral.remind(Instant.now())) {
            timeline.record(caseId, "HR reminder sent", "The HR partner was reminded to acknowledge the referral.",
                    Visibility.SHARED_WITH_HR);
            notifications.hrReminder(caseId, referral.acknowledgementDue());
        }
    }

    public void escalateHrAcknowledgement(long caseId) {
        if (referral(caseId).escalate(Instant.now())) {
            timeline.record(caseId, "HR acknowledgement overdue",
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
        ClosureReason closure = ClosureReason.valueOf(reason);
        safeguardingCase.close(closure, Instant.now(), closureSummary.of(safeguardingCase, closure), WorkingCalendar.UK);
        timeline.record(caseId, "Case closed", safeguardingCase.closureSummary() + " Kept until "
                + safeguardingCase.retentionUntil() + " (" + safeguardingCase.retentionBasis().label()
                .toLowerCase(Locale.UK) + ").");
        notifications.caseClosed(caseId);
    }

    private MemberRequest requestOrSend(long caseId, RequestKind kind) {
        MemberRequest existing = memberRequests.of(caseId, kind).orElse(null);
        if (existing != null) {
            return existing;
        }
        Board board = board();
        WorkingDays days = calendar.workingDays();
        Instant now = Instant.now();
        MemberRequest request;
        if (kind == RequestKind.REMOVAL) {
            Instant deadline = days.deadline(now, board.removalWorkingDays());
            request = MemberRequest.send(caseId, kind, now, days.reminderBefore(deadline,
                    board.removalReminderWorkingDays()), deadline);
        } else {
            request = MemberRequest.send(caseId, kind, now, null, days.deadline(now, board.cooperationWorkingDays()));
        }
        em.persist(request);
        timeline.record(caseId, kind.label() + " request sent", "Deadline " + WorkingCalendar.describe(request.deadline()),
                Visibility.SHARED_WITH_HR);
        notifications.requestSent(caseId, request);
        return request;
    }

    private MemberRequest request(long caseId, RequestKind kind) {
        return memberRequests.of(caseId, kind).orElseThrow();
    }

    private Referral referral(long caseId) {
        return em.createQuery("select r from Referral r where r.caseId = :caseId", Referral.class)
                .setParameter("caseId", caseId).getSingleResult();
    }

    private Board board() {
        return em.find(Board.class, CallerContext.current().tenantId());
    }
}
