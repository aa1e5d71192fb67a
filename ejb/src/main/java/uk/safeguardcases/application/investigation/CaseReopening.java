package uk.safeguardcases.application.investigation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.CaseLookup;
import uk.safeguardcases.application.cases.TaskAlreadyDoneException;
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
 * start; the earlier run ended at "Case closed"), and nothing about it is due for removal any more.
 */
@Stateless
public class CaseReopening {

    @Inject
    private CaseLookup cases;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    public void reopen(String reference, String reason) {
        CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "reopenReason", reason, 1000, Texts.text("reopen.reason.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        Reopening.Refusal refused = safeguardingCase.reopeningRefused(today);
        if (refused != null) {
            throw new TaskAlreadyDoneException(Texts.text("reopen.refused." + refused.name(),
                    safeguardingCase.reference()));
        }
        safeguardingCase.reopen(today);
        timeline.record(safeguardingCase.id(), AuditAction.CASE_REOPENED, why
                + " The case waits for triage again and is no longer due for removal.");
        safeguardingCase.investigatedBy(processes.start(InvestigationProcess.KEY, safeguardingCase.reference(),
                Map.of(InvestigationProcess.CASE_ID, safeguardingCase.id())));
    }
}
