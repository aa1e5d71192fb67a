package uk.safeguardcases.application.stuckwork;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.notification.GivenUpMessage;
import uk.safeguardcases.application.notification.Notifications;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StuckStep;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.process.FailureKind;
import uk.safeguardcases.domain.process.StuckStepNotice;
import uk.safeguardcases.domain.process.StuckStepNoticeRepository;

/**
 * The board's stuck work: steps of its processes that failed every try (the engine's incidents, after a day of
 * retries) and e-mails given up on. Its senior managers and administrators see them, try them again or, for an
 * e-mail, say it was dealt with another way; each is recorded on the timeline (the case's, when it is about one) with
 * who did it. The board's own only: another board's stuck work is "not found".
 */
@Stateless
public class StuckWork {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private Processes processes;

    @Inject
    private Outbox outbox;

    @Inject
    private Notifications notifications;

    @Inject
    private TimelineService timeline;

    @Inject
    private CaseRepository cases;

    @Inject
    private StuckStepNoticeRepository notices;

    /** The processes' own work that can be given up on (webhook deliveries, …). */
    @Inject
    private jakarta.enterprise.inject.Instance<StuckWorkPart> parts;

    /** The board's stuck steps and e-mails, oldest first, then the e-mails still being tried, oldest first. */
    public List<StuckItem> list() {
        CallerContext.require(Role.SENIOR, Role.ADMIN);
        List<StuckItem> items = new ArrayList<>();
        for (StuckStep step : processes.stuckSteps()) {
            String caseReference = isCase(step) ? step.subjectReference() : null;
            items.add(new StuckItem(StuckItem.Kind.STEP, step.id(), step.stepName(), step.processName(), null, 0,
                    step.subjectReference(), caseReference, step.since(), step.error(),
                    FailureKind.of(step.error()).name()));
        }
        for (GivenUpMessage message : outbox.givenUp()) {
            String reference = message.caseId() == null ? null
                    : cases.byId(message.caseId()).map(SafeguardingCase::reference).orElse(null);
            items.add(new StuckItem(StuckItem.Kind.EMAIL, String.valueOf(message.id()), message.subject(), null,
                    message.audience().name(), message.attempts(), reference, reference, message.givenUpAt(),
                    message.error(), FailureKind.of(message.error()).name()));
        }
        for (StuckStep step : processes.retryingSteps()) {
            String caseReference = isCase(step) ? step.subjectReference() : null;
            items.add(new StuckItem(StuckItem.Kind.STEP_RETRYING, step.id(), step.stepName(), step.processName(),
                    null, 0, step.subjectReference(), caseReference, step.since(), step.error(),
                    FailureKind.of(step.error()).name()));
        }
        for (GivenUpMessage message : outbox.beingRetried()) {
            String reference = message.caseId() == null ? null
                    : cases.byId(message.caseId()).map(SafeguardingCase::reference).orElse(null);
            items.add(new StuckItem(StuckItem.Kind.EMAIL_RETRYING, String.valueOf(message.id()), message.subject(),
                    null, message.audience().name(), message.attempts(), reference, reference, message.givenUpAt(),
                    message.error(), FailureKind.of(message.error()).name()));
        }
        for (StuckWorkPart part : parts) {
            for (StuckItem item : part.items()) {
                items.add(new StuckItem(item.kind(), part.key() + ":" + item.id(), item.name(), item.processName(),
                        item.audience(), item.attempts(), item.reference(), item.caseReference(), item.since(),
                        item.error(), item.cause()));
            }
        }
        // What waits for a person first, oldest first; then what is still being tried by itself, the next try first.
        items.sort(Comparator.comparing((StuckItem item) -> !item.isStopped()).thenComparing(StuckItem::since));
        return items;
    }

    /** Tries a stuck step once more, now; "not found" when it is no longer stuck or is another board's. */
    public void tryStepAgain(String id) {
        CallerContext.require(Role.SENIOR, Role.ADMIN);
        StuckStep step = processes.tryAgain(id);
        timeline.record(caseIdOf(step), AuditAction.STUCK_STEP_TRIED_AGAIN, describe(step));
    }

    /** Queues an e-mail given up on afresh; "not found" when it is not given up on or is another board's. */
    public void tryEmailAgain(long id) {
        CallerContext.require(Role.SENIOR, Role.ADMIN);
        GivenUpMessage message = outbox.tryAgain(id);
        timeline.record(message.caseId(), AuditAction.EMAIL_TRIED_AGAIN, "The e-mail \"" + message.subject()
                + "\" to " + message.audience().inWords() + " is being sent again.");
    }

    /** Tries a process's own given-up work again ({@link StuckWorkPart}); answers the sentence the page shows. */
    public String tryPartAgain(String id) {
        CallerContext.require(Role.SENIOR, Role.ADMIN);
        int colon = id == null ? -1 : id.indexOf(':');
        return part(id, colon).tryAgain(id.substring(colon + 1));
    }

    /** A process's own given-up work was dealt with another way; answers the sentence the page shows. */
    public String partDealtWith(String id) {
        CallerContext.require(Role.SENIOR, Role.ADMIN);
        int colon = id == null ? -1 : id.indexOf(':');
        return part(id, colon).dealtWith(id.substring(colon + 1));
    }

    private StuckWorkPart part(String id, int colon) {
        String key = colon > 0 ? id.substring(0, colon) : "";
        for (StuckWorkPart part : parts) {
            if (part.key().equals(key)) {
                return part;
            }
        }
        throw new uk.safeguardcases.application.tenancy.NotFoundException("No stuck work with id " + id);
    }

    /** The recipient of an e-mail given up on was told another way; it leaves the page. */
    public void emailDealtWith(long id) {
        CallerContext.require(Role.SENIOR, Role.ADMIN);
        GivenUpMessage message = outbox.dealtWith(id);
        timeline.record(message.caseId(), AuditAction.EMAIL_DEALT_WITH, "The e-mail \"" + message.subject()
                + "\" to " + message.audience().inWords() + " was dealt with another way.");
    }

    /**
     * Tells the board's senior managers and administrators of each stuck step not told of before, once, and records it
     * on the timeline; runs as the board's system caller. Answers how many were new. A second node doing the same at
     * the same moment waits for this one (both take the board's audit chain, which the timeline entry needs anyway), then
     * finds the notices; should it not, its notice cannot commit (the incident's id is its key), nor its e-mails.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int noticeNewStuckSteps() {
        List<StuckStep> stuck = processes.stuckSteps();
        if (stuck.isEmpty()) {
            return 0;
        }
        // Another node's watch of the same board waits here until this one commits, then finds its notices: the
        // notice's key is only a backstop, not a race lost every minute.
        timeline.holdChain();
        Set<String> told = notices.told(stuck.stream().map(StuckStep::id).toList());
        List<String> jobs = stuck.stream().map(StuckStep::jobId).filter(java.util.Objects::nonNull).toList();
        Set<String> triedAgain = jobs.isEmpty() ? Set.of() : notices.toldOfJobs(jobs);
        int fresh = 0;
        for (StuckStep step : stuck) {
            if (told.contains(step.id())) {
                continue;
            }
            notices.add(new StuckStepNotice(step.id(), step.jobId(), Instant.now(clock)));
            // The error stays on the page: the timeline is kept for years and the error may quote anything.
            if (triedAgain.contains(step.jobId())) {
                // Someone pressed "Try again" and it failed at once: that is what happened, and they see it on the page.
                timeline.record(caseIdOf(step), AuditAction.STUCK_STEP_FAILED_AGAIN, describe(step)
                        + " It was tried again and failed again; it waits on Stuck work.");
            } else {
                timeline.record(caseIdOf(step), AuditAction.STEP_STUCK, describe(step) + " It failed every try for a day.");
                notifications.stepStuck(step);
            }
            fresh++;
        }
        notices.writeNow();
        return fresh;
    }

    private Long caseIdOf(StuckStep step) {
        if (!isCase(step)) {
            return null;
        }
        // A case removed meanwhile (retention) leaves the entry on the board's own record.
        return cases.byReference(step.subjectReference()).map(SafeguardingCase::id).orElse(null);
    }

    private static boolean isCase(StuckStep step) {
        return InvestigationProcess.KEY.equals(step.processKey()) && step.subjectReference() != null;
    }

    private static String describe(StuckStep step) {
        return "\"" + step.stepName() + "\" in \"" + step.processName() + "\""
                + (step.subjectReference() == null ? "" : " (" + step.subjectReference() + ")") + ".";
    }
}
