package uk.safeguardcases.application.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.access.SubjectAccessAction;
import uk.safeguardcases.domain.access.SubjectAccessDeadline;
import uk.safeguardcases.domain.access.SubjectAccessPause;
import uk.safeguardcases.domain.access.SubjectAccessProcess;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.access.SubjectAccessRequestRepository;
import uk.safeguardcases.domain.access.SubjectAccessRule;
import uk.safeguardcases.domain.access.SubjectAccessSearch;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.people.Role;

/**
 * A subject access request's clock and searches since the Data (Use and Access) Act 2025: the clock paused while the
 * board waits for information it reasonably requires and resumed when it arrives, its dates moved by the pause (UK
 * GDPR Article 12A, switched by the board's rule); and a log of each search made for it (s.78: reasonable and
 * proportionate searches the board can show). Everything is the caller's board's only; each step is on the timeline.
 */
@Stateless
public class SubjectAccessClock {

    @Inject
    private Clock clock;

    @Inject
    private SubjectAccessRequestRepository requests;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /** One search as the request's page and the board's record show it. */
    public record SearchLine(String searchedIn, String searchedBy, LocalDate searchedOn, String found,
            String recordedBy, Instant recordedAt) implements java.io.Serializable {
    }

    /**
     * Stops the clock: the board asked the requester on {@code askedOn} for {@code asked} ({@code why}: their identity
     * or which information they want). The process's reminder and deadline are cancelled until it resumes.
     */
    public void pause(String reference, SubjectAccessPause why, String asked, LocalDate askedOn) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = open(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!stopTheClock()) {
            problems.put("pausedFor", AccessWords.text("sar.pause.notInForce"));
        } else if (r.paused()) {
            problems.put("pausedFor", AccessWords.text("sar.pause.already", Texts.date(r.pausedOn())));
        } else if (why == null) {
            problems.put("pausedFor", AccessWords.text("sar.pause.kindMissing"));
        } else if (!hasThePause(r)) {
            problems.put("pausedFor", AccessWords.text("sar.pause.earlierModel"));
        }
        String what = text(problems, "pausedAsked", asked, 2000, AccessWords.text("sar.pause.askedMissing"));
        LocalDate today = today();
        if (askedOn == null || askedOn.isBefore(r.receivedOn()) || askedOn.isAfter(today)
                || askedOn.isAfter(r.answerDue())) {
            problems.put("pausedOn", AccessWords.text("sar.pause.dateInvalid", Texts.date(r.receivedOn())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            processes.deliver(r.processInstanceId(), SubjectAccessProcess.ANSWER, SubjectAccessProcess.PAUSED, Map.of());
        } catch (StepUnavailableException e) {
            throw TaskAlreadyDoneException.refused(e, r.reference());
        }
        r.pause(why, what, caller.username(), askedOn);
        timeline.record(null, SubjectAccessAction.SUBJECT_ACCESS_PAUSED, r.reference() + ": the clock paused from "
                + PlainFormat.day(Locale.ENGLISH, askedOn) + ", waiting for "
                + (why == SubjectAccessPause.IDENTITY ? "the requester's identity" : "which information is wanted")
                + " (UK GDPR Article 12A); what was asked is on the request.");
    }

    /**
     * The information arrived on {@code arrivedOn}: the clock runs again, the due date (and an extended date) moved
     * by the days paused, onto a working day, and the process's reminder and deadline set for the moved date.
     */
    public void resume(String reference, LocalDate arrivedOn) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = open(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!r.paused()) {
            problems.put("resumedOn", AccessWords.text("sar.resume.notPaused"));
        } else if (arrivedOn == null || arrivedOn.isBefore(r.pausedOn()) || arrivedOn.isAfter(today())) {
            problems.put("resumedOn", AccessWords.text("sar.resume.dateInvalid", Texts.date(r.pausedOn())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkingDays workingDays = calendar.workingDays();
        LocalDate was = r.answerDue();
        LocalDate movedDue = SubjectAccessDeadline.onAWorkingDay(r.dueIfResumedOn(arrivedOn), workingDays::isWorkingDay);
        Deadline later = SubjectAccessRequests.deadline(movedDue, workingDays);
        try {
            processes.deliver(r.processInstanceId(), SubjectAccessProcess.WAITING, SubjectAccessProcess.RESUMED,
                    Map.of(SubjectAccessProcess.REMINDER_AT, Date.from(later.reminderAt()),
                            SubjectAccessProcess.DUE, Date.from(later.due())));
        } catch (StepUnavailableException e) {
            throw TaskAlreadyDoneException.refused(e, r.reference());
        }
        LocalDate pausedOn = r.pausedOn();
        long days = r.resume(arrivedOn, d -> SubjectAccessDeadline.onAWorkingDay(d, workingDays::isWorkingDay), later);
        timeline.record(null, SubjectAccessAction.SUBJECT_ACCESS_RESUMED, r.reference() + ": the information asked for on "
                + PlainFormat.day(Locale.ENGLISH, pausedOn) + " arrived on " + PlainFormat.day(Locale.ENGLISH, arrivedOn)
                + "; the clock resumed, paused " + PlainFormat.count((int) days, "day", "days") + ": to be answered by "
                + PlainFormat.day(Locale.ENGLISH, r.answerDue()) + " (was " + PlainFormat.day(Locale.ENGLISH, was)
                + "), the reminder moved with it.");
    }

    /** Logs a search made for the request: where, by whom, on which day, what it found. */
    public void logSearch(String reference, String searchedIn, String searchedBy, LocalDate searchedOn, String found) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = open(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        String where = text(problems, "searchedIn", searchedIn, 300, AccessWords.text("sar.search.whereMissing"));
        String who = text(problems, "searchedBy", searchedBy, 200, AccessWords.text("sar.search.byMissing"));
        if (searchedOn == null || searchedOn.isBefore(r.receivedOn()) || searchedOn.isAfter(today())) {
            problems.put("searchedOn", AccessWords.text("sar.search.dateInvalid", Texts.date(r.receivedOn())));
        }
        String what = text(problems, "found", found, 2000, AccessWords.text("sar.search.foundMissing"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requests.add(new SubjectAccessSearch(r.id(), where, who, searchedOn, what, caller.username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        timeline.record(null, SubjectAccessAction.SUBJECT_ACCESS_SEARCH_LOGGED, r.reference() + ": a search made on "
                + PlainFormat.day(Locale.ENGLISH, searchedOn) + " logged; where, by whom and what it found are on the"
                + " request.");
    }

    /** The searches made for the request, in the order they were made (answered requests' too). */
    public List<SearchLine> searches(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        return requests.searchesFor(r.id()).stream().map(s -> new SearchLine(s.searchedIn(), s.searchedBy(),
                s.searchedOn(), s.found(), s.recordedBy(), s.recordedAt())).toList();
    }

    /** Whether the board's requests may pause their clock (Article 12A): the board's rule, else the law as it stands. */
    public boolean stopTheClock() {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.ADMIN);
        return requests.rule(CallerContext.current().tenantId()).map(SubjectAccessRule::stopTheClock)
                .orElse(SubjectAccessRule.STOP_THE_CLOCK_IN_FORCE);
    }

    /** The board's senior managers set the rule (a board keeping the earlier law turns it off); audited. */
    public void setStopTheClock(boolean on) {
        Caller caller = CallerContext.require(Role.SENIOR);
        String board = caller.tenantId();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        requests.rule(board).ifPresentOrElse(rule -> rule.set(on, caller.username(), now),
                () -> requests.add(new SubjectAccessRule(board, on, caller.username(), now)));
        timeline.record(null, SubjectAccessAction.SUBJECT_ACCESS_RULE_SET, on
                ? "Subject access requests may pause their clock while the board waits for information (UK GDPR Article 12A)."
                : "Subject access requests keep the rule from before UK GDPR Article 12A: no paused clock.");
    }

    /**
     * Whether the request's process can pause: one started before the pause existed runs the model it started on,
     * which has no step to wait in, so its clock keeps running (it is answered or extended as before).
     */
    private boolean hasThePause(SubjectAccessRequest r) {
        return processes.model(r.processInstanceId()).contains("\"" + SubjectAccessProcess.PAUSED + "\"");
    }

    private SubjectAccessRequest find(String reference) {
        return requests.byReference(reference).orElseThrow(() -> new NotFoundException(
                Texts.text("notFound.subjectAccess", reference == null ? "" : reference.strip())));
    }

    private SubjectAccessRequest open(String reference) {
        SubjectAccessRequest r = find(reference);
        if (r.answered()) {
            throw new TaskAlreadyDoneException(AccessWords.text("sar.answered", r.reference(),
                    Texts.date(r.answeredAt().atZone(WorkingCalendar.UK).toLocalDate())));
        }
        return r;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.UK));
    }

    private static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.put(field, whenMissing);
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }
}
