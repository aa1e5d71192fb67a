package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.TriageService;

/**
 * The report about an adult at risk to the local authority's adult safeguarding team: the reference the team gave,
 * within the board's timescale after triage (the adults' route, like the LADO referral).
 */
@Dependent
public class AdultReportForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private TriageService triage;

    private String adultReportReference;

    public void record() {
        send("adultReport", "case.done.adultReport", () -> triage.recordAdultSafeguardingReport(ref(),
                adultReportReference));
    }

    public String getAdultReportReference() {
        return adultReportReference;
    }

    public void setAdultReportReference(String adultReportReference) {
        this.adultReportReference = adultReportReference;
    }
}
