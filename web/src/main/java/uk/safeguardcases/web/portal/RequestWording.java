package uk.safeguardcases.web.portal;

import uk.safeguardcases.domain.requests.MemberResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.web.shell.Language;

/**
 * How the portal words a request in the page's language: its deadline ("3 working days left", "overdue") and
 * where it stands. The portal's pages share it: {@code #{requestWording.status(r)}}.
 */
@Named
@ApplicationScoped
public class RequestWording {

    @jakarta.inject.Inject
    private uk.safeguardcases.web.shell.Contributions contributions;

    /** A deadline as members read it, in the page's language: "Tuesday 5 May 2026, 17:00". */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale()).format(instant.atZone(WorkingCalendar.UK));
    }

    public String deadlineNote(MemberRequestView request) {
        if (request.overdue()) {
            return text("deadline.overdue");
        }
        if (request.workingDaysLeft() == 0) {
            return text("deadline.today");
        }
        return request.workingDaysLeft() == 1 ? text("deadline.oneDayLeft")
                : text("deadline.daysLeft", request.workingDaysLeft());
    }

    /**
     * Where the request stands, in the member's words: once the case is closed, that it is; while the board waits
     * for an answer, what it waits for after its last decision; after the member removed the content, that they did
     * (whatever the board decided before).
     */
    public String status(MemberRequestView request) {
        if (request.isSetAside()) {
            return text("status.setAside");
        }
        if (request.isCaseClosed()) {
            return text("status.caseClosed");
        }
        if (request.awaitingAnswer()) {
            if ("MORE_TIME_GIVEN".equals(request.decision())) {
                return text("status.moreTimeGiven");
            }
            if ("REJECTED".equals(request.decision())) {
                return text("status.awaitingAfterRejection");
            }
            if ("MORE_TIME_REFUSED".equals(request.decision())) {
                return text("status.awaitingAfterRefusal");
            }
            return text("status.awaiting");
        }
        if (request.caseStep() == CaseStatus.REVIEWING_CONTEST) {
            return text("status.contestUnderReview");
        }
        if (request.caseStep() == CaseStatus.DECIDING_EXTENSION) {
            return text("status.moreTimeUnderReview");
        }
        if (request.response() == MemberResponse.REMOVED) {
            return text("status.removed");
        }
        if ("UPHELD".equals(request.decision())) {
            return text("status.contestUpheld");
        }
        if (request.nonComplianceAt() != null) {
            return text("status.deadlinePassed." + request.kind().name());
        }
        if ("REJECTED".equals(request.decision())) {
            return text("status.contestRejected");
        }
        if ("MORE_TIME_REFUSED".equals(request.decision())) {
            return text("status.moreTimeRefused");
        }
        return text(request.response() != null ? "status.answered" : "status.closed");
    }

    /**
     * What the board decided at the end, in the member's words, once it has: the case closed and why, or the
     * referral to the member's employer; empty before.
     */
    public String outcome(MemberRequestView request) {
        if (request.closureReason() != null) {
            String key = "outcome." + request.closureReason().name();
            // A process's reason for closing at triage is worded in the bundle it registered.
            return request.closureReason().isCore() ? text(key, request.organisationName())
                    : contributions.text(key, request.organisationName());
        }
        if (request.isReferred()) {
            return text("outcome.referred", request.organisationName());
        }
        return "";
    }

    /** Whether the deadline line should stand out: it has passed, or it is today or tomorrow. */
    public boolean urgent(MemberRequestView request) {
        return request.awaitingAnswer() && (request.overdue() || request.workingDaysLeft() <= 1);
    }

    static String text(String key, Object... arguments) {
        return Language.text("portal", key, arguments);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Language.ENGLISH : faces.getViewRoot().getLocale();
    }
}
