package uk.safeguardcases.application.investigation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseLookup;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

/** Gathering evidence (DESIGN.md step 4), by open methods only (LSCB §3). */
@Stateless
public class EvidenceService {

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    /** The officer has gathered the evidence; the member is then asked to remove the content. */
    public void finishGathering(String reference, String summary) {
        CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String text = Inputs.text(problems, "summary", summary, 4000, "Summarise the evidence gathered.");
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        tasks.complete(safeguardingCase, InvestigationProcess.GATHER_EVIDENCE_TASK, "Gathering evidence", Map.of());
        timeline.record(safeguardingCase.id(), "Evidence gathered", text);
    }
}
