package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.EvidenceService;

/** The form that ends evidence gathering, with a summary the member sees unless it is marked internal. */
@Dependent
public class GatheringForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceService evidence;

    private String summary;
    private boolean internal;

    public void finish() {
        send("gathered", "case.done.gathered", () -> evidence.finishGathering(ref(), summary, internal));
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }
}
