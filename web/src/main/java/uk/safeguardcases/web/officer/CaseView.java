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
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.web.shell.Pages;

/** One case: its header, its timeline and, while it waits for triage, the triage form. */
@Named
@ViewScoped
public class CaseView implements Serializable {

    @Inject
    private CaseService cases;

    private String ref;
    private CaseSummary summary;
    private List<TimelineLine> timeline;
    private String triageNote;

    /** f:viewAction: loads the case named in the URL, or answers 404 (also for another board's case). */
    public void load() {
        try {
            summary = cases.findByReference(ref);
            timeline = cases.timelineOf(ref);
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
        }
    }

    public void recordTriage() {
        try {
            summary = cases.recordTriage(ref, triageNote);
            timeline = cases.timelineOf(ref);
            triageNote = null;
            Pages.info("Triage recorded.");
        } catch (InvalidInputException e) {
            Pages.fieldErrors("triage", e.fieldMessages());
        } catch (TaskAlreadyDoneException e) {
            Pages.error(e.getMessage());
            summary = cases.findByReference(ref);
            timeline = cases.timelineOf(ref);
        }
    }

    public boolean isAwaitingTriage() {
        return summary != null && CaseStatus.AWAITING_TRIAGE.label().equals(summary.status());
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

    public String getTriageNote() {
        return triageNote;
    }

    public void setTriageNote(String triageNote) {
        this.triageNote = triageNote;
    }
}
