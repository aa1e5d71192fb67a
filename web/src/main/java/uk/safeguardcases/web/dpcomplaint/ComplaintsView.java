package uk.safeguardcases.web.dpcomplaint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.dpcomplaint.ComplaintOutcome;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's page of data protection complaints ({@code /dpcomplaint/complaints.xhtml}, officers and senior managers):
 * the list, newest first; one complaint opened by its reference ({@code ?ref=}) or found by the receipt code the
 * complainant quotes; there it is acknowledged, its steps recorded and its outcome sent. Another board's reference
 * is not found.
 */
@Named
@ViewScoped
public class ComplaintsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DataProtectionComplaints complaints;

    private String ref;
    private String find;
    private transient DataProtectionComplaint opened;
    private transient List<DataProtectionComplaint> listed;
    private String step;
    private boolean tell;
    private ComplaintOutcome outcome;
    private String outcomeWords;

    public void load() {
        if (ref != null && !ref.isBlank()) {
            Pages.load(() -> opened = complaints.read(ref));
        }
    }

    public void findOne() {
        try {
            DataProtectionComplaint found = complaints.read(find);
            Pages.redirect(DpComplaintPages.STAFF_PAGE + "?ref=" + found.reference());
        } catch (NotFoundException e) {
            Pages.fieldErrors("find", java.util.Map.of("code", text("staff.notFound")));
        }
    }

    public void acknowledge() {
        Pages.step("acknowledge", () -> {
            complaints.acknowledge(ref);
            return Pages.Done.then(here(), text("acknowledged", ref));
        });
    }

    public void recordStep() {
        Pages.step("steps", () -> {
            complaints.recordStep(ref, step, tell);
            return Pages.Done.then(here(), text("step.recorded", ref));
        });
    }

    public void recordOutcome() {
        Pages.step("close", () -> {
            complaints.recordOutcome(ref, outcome, outcomeWords);
            return Pages.Done.then(here(), text("outcome.sent", ref));
        });
    }

    private String here() {
        return DpComplaintPages.STAFF_PAGE + "?ref=" + ref;
    }

    private static String text(String key, Object... arguments) {
        return Texts.in(DpComplaintPages.BUNDLE, Pages.locale(), key, arguments);
    }

    public List<DataProtectionComplaint> getComplaints() {
        if (listed == null) {
            listed = complaints.ofBoard();
        }
        return listed;
    }

    public String getWaiting() {
        long waiting = getComplaints().stream().filter(c -> !c.isAcknowledged()).count();
        return waiting == 0 ? null : text("staff.waiting", waiting);
    }

    public DataProtectionComplaint getOpened() {
        if (opened == null && ref != null && !ref.isBlank()) {
            opened = complaints.read(ref);
        }
        return opened;
    }

    public String getHeading() {
        return text("detail.heading", ref);
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
    }

    public ComplaintOutcome[] getOutcomes() {
        return ComplaintOutcome.values();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getFind() {
        return find;
    }

    public void setFind(String find) {
        this.find = find;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public boolean isTell() {
        return tell;
    }

    public void setTell(boolean tell) {
        this.tell = tell;
    }

    public ComplaintOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ComplaintOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeWords() {
        return outcomeWords;
    }

    public void setOutcomeWords(String outcomeWords) {
        this.outcomeWords = outcomeWords;
    }
}
