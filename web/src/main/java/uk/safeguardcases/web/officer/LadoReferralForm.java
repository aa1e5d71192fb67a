package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.TriageService;

/** The LADO referral form: the reference the LADO gave, within one working day of triage. */
@Dependent
public class LadoReferralForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private TriageService triage;

    private String ladoReference;

    public void record() {
        send("lado", "case.done.lado", () -> triage.recordLadoReferral(ref(), ladoReference));
    }

    public String getLadoReference() {
        return ladoReference;
    }

    public void setLadoReference(String ladoReference) {
        this.ladoReference = ladoReference;
    }
}
