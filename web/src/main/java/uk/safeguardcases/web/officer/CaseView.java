package uk.safeguardcases.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.TaskAlreadyDoneException;
import uk.safeguardcases.application.cases.TimelineLine;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.web.shell.Pages;

/** One case: its header, its timeline and, while it waits for triage, the triage form. */
@Named
@ViewScoped
public class CaseView implements Serializable {

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    private String ref;
    private CaseSummary summary;
    private List<TimelineLine> timeline;

    private boolean childAtImmediateRisk;
    private String policeReference;
    private boolean indecentImages;
    private String iwfReference;
    private boolean grooming;
    private String ceopReference;
    private boolean harmThresholdMet;
    private TriageDecision decision;
    private String triageNote;

    /** f:viewAction: loads the case named in the URL, or answers 404 (also for another board's case). */
    public void load() {
        try {
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
        }
    }

    public void recordTriage() {
        try {
            triage.recordTriage(ref, new TriageInput(childAtImmediateRisk, policeReference, indecentImages,
                    iwfReference, grooming, ceopReference, harmThresholdMet, decision, triageNote));
            Pages.info("Triage recorded.");
        } catch (InvalidInputException e) {
            Pages.fieldErrors("triage", e.fieldMessages());
        } catch (TaskAlreadyDoneException e) {
            Pages.error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        summary = cases.findByReference(ref);
        timeline = cases.timelineOf(ref);
    }

    public boolean isAwaitingTriage() {
        return summary != null && CaseStatus.AWAITING_TRIAGE.label().equals(summary.status());
    }

    public TriageDecision[] getDecisions() {
        return TriageDecision.values();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public CaseSummary getSummary() {
        return summary;
    }

    public List<TimelineLine> getTimeline() {
        return timeline;
    }

    public boolean isChildAtImmediateRisk() {
        return childAtImmediateRisk;
    }

    public void setChildAtImmediateRisk(boolean childAtImmediateRisk) {
        this.childAtImmediateRisk = childAtImmediateRisk;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public void setPoliceReference(String policeReference) {
        this.policeReference = policeReference;
    }

    public boolean isIndecentImages() {
        return indecentImages;
    }

    public void setIndecentImages(boolean indecentImages) {
        this.indecentImages = indecentImages;
    }

    public String getIwfReference() {
        return iwfReference;
    }

    public void setIwfReference(String iwfReference) {
        this.iwfReference = iwfReference;
    }

    public boolean isGrooming() {
        return grooming;
    }

    public void setGrooming(boolean grooming) {
        this.grooming = grooming;
    }

    public String getCeopReference() {
        return ceopReference;
    }

    public void setCeopReference(String ceopReference) {
        this.ceopReference = ceopReference;
    }

    public boolean isHarmThresholdMet() {
        return harmThresholdMet;
    }

    public void setHarmThresholdMet(boolean harmThresholdMet) {
        this.harmThresholdMet = harmThresholdMet;
    }

    public TriageDecision getDecision() {
        return decision;
    }

    public void setDecision(TriageDecision decision) {
        this.decision = decision;
    }

    public String getTriageNote() {
        return triageNote;
    }

    public void setTriageNote(String triageNote) {
        this.triageNote = triageNote;
    }
}
