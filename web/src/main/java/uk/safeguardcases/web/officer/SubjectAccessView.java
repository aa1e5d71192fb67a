package uk.safeguardcases.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.access.SubjectAccessClock;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.access.SubjectAccessSummary;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** The board's subject access requests, and the form that records a new one. */
@Named
@ViewScoped
public class SubjectAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubjectAccessRequests requests;

    @Inject
    private SubjectAccessClock clock;

    private Boolean stopTheClock;

    /** Whether the board's requests may pause their clock (UK GDPR Article 12A): the board's rule, else the law. */
    public boolean isStopTheClock() {
        if (stopTheClock == null) {
            stopTheClock = clock.stopTheClock();
        }
        return stopTheClock;
    }

    /** A senior manager switches the board's rule on the paused clock. */
    public void switchRule() {
        boolean on = !isStopTheClock();
        Pages.step("rule", Language.text("officer", on ? "sar.rule.setOn" : "sar.rule.setOff"),
                "/officer/subject-access.xhtml", () -> clock.setStopTheClock(on));
    }

    private transient List<SubjectAccessSummary> list;

    private String requestedBy;
    private String subjectName;
    private String subjectEmail;
    private String receivedOn;
    private String identityCheckedBy;
    private String identityEvidence;

    public void record() {
        Pages.step("request", () -> {
            // A date that is not one is said with every other problem of the form, not on its own first.
            LocalDate received = null;
            String dateProblem = null;
            try {
                received = date("receivedOn", receivedOn);
            } catch (InvalidInputException e) {
                dateProblem = e.fieldMessages().get("receivedOn");
            }
            try {
                String reference = requests.record(new SubjectAccessRequestDetails(requestedBy, subjectName,
                        subjectEmail, received, identityCheckedBy, identityEvidence));
                return Done.then(SubjectAccessRequestView.pathOf(reference),
                        Language.text("officer", "sar.recorded", reference));
            } catch (InvalidInputException e) {
                if (dateProblem == null) {
                    throw e;
                }
                Map<String, String> problems = new java.util.LinkedHashMap<>(e.fieldMessages());
                problems.put("receivedOn", dateProblem);
                throw new InvalidInputException(problems);
            }
        });
    }

    /** A date typed in a date field (yyyy-mm-dd); null when blank; a field error when it is not a date. */
    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Map.of(field, Language.text("officer", "sar.error.date")));
        }
    }

    public List<SubjectAccessSummary> getRequests() {
        if (list == null) {
            list = requests.list();
        }
        return list;
    }

    public String getToday() {
        return LocalDate.now(uk.safeguardcases.application.calendar.WorkingCalendar.UK).toString();
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getSubjectEmail() {
        return subjectEmail;
    }

    public void setSubjectEmail(String subjectEmail) {
        this.subjectEmail = subjectEmail;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getIdentityCheckedBy() {
        return identityCheckedBy;
    }

    public void setIdentityCheckedBy(String identityCheckedBy) {
        this.identityCheckedBy = identityCheckedBy;
    }

    public String getIdentityEvidence() {
        return identityEvidence;
    }

    public void setIdentityEvidence(String identityEvidence) {
        this.identityEvidence = identityEvidence;
    }
}
