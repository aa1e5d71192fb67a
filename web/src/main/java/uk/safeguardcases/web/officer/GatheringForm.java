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

    /**
     * Finishing sends the member the request to remove the content, so it is checked first (a missing summary is
     * said at once instead).
     */
    public void finish() {
        if (summary == null || summary.isBlank()) {
            confirmed("finish");
            return;
        }
        checkFirst(new CheckStep("finish", java.util.List.of(
                CheckStep.row("case.gathered.summary", summary),
                CheckStep.row("check.gathered.evidence", String.valueOf(file().evidence().size()))),
                CheckStep.says("check.gathered.finish")));
    }

    @Override
    protected void confirmed(String action) {
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
