package uk.safeguardcases.application.investigation;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.Reopening;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

/**
 * A senior manager reopens a case closed by mistake, within the board's cooling-off period ({@link Reopening}): the
 * case waits for triage again, where an officer can act on it, in a new run of the investigation process (the model's
 * start; the earlier run ended at "Case closed"), and nothing about it is due for removal any more. The requests made
 * to the member before are set aside, kept as they were answered: the new run makes its own when it asks for one. A
 * member who knew of the case is told by e-mail that it is reopened (their name, the reference and a link, nothing
 * of the case), and their portal history shows it.
 */
@Stateless
public class CaseReopening {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private CaseLookup cases;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private uk.safeguardcases.domain.requests.MemberRequestRepository requests;

    @Inject
    private uk.safeguardcases.application.notification.Notifications notifications;

    public void reopen(String reference, String reason) {
        CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "reopenReason", reason, 1000, Texts.text("reopen.reason.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        Reopening.Refusal refused = safeguardingCase.reopeningRefused(today);
        if (refused != null) {
            throw new TaskAlreadyDoneException(Texts.text("reopen.refused." + refused.name(),
                    safeguardingCase.reference()));
        }
        // Told before the case forgets who authorised its investigation (the member knew of it through its requests).
        notifications.caseReopened(safeguardingCase.id());
        java.time.Instant now = java.time.Instant.now(clock);
        long setAside = requests.ofCase(safeguardingCase.id()).stream().filter(r -> r.setAside(now)).count();
        safeguardingCase.reopen(today);
        timeline.record(safeguardingCase.id(), AuditAction.CASE_REOPENED, why
                + " The case waits for triage again and is no longer due for removal."
                + (setAside == 0 ? "" : " The earlier requests to the member are set aside; the investigation makes"
                        + " new ones if it asks again."));
        safeguardingCase.investigatedBy(processes.start(InvestigationProcess.KEY, safeguardingCase.reference(),
                Map.of(InvestigationProcess.CASE_ID, safeguardingCase.id())));
    }
}
