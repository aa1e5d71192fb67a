package uk.safeguardcases.application.administration;

import java.time.Clock;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.calendar.BoardClosureDay;
import uk.safeguardcases.domain.calendar.CalendarRepository;
import uk.safeguardcases.domain.cases.CoolingOff;
import uk.safeguardcases.domain.people.Role;

/**
 * The board's deadlines and working days, and its recent set-up changes. The deadlines are read each time
 * a request or referral is sent, so a change applies from then on; deadlines already set stay. Bank holidays
 * are shared by every board (England and Wales have one list), so the administrator can see them but not
 * change them; the board's own closure days (an office closed between Christmas and New Year, say) are the
 * administrator's to add and remove, and count like bank holidays for this board only.
 */
@Stateless
public class BoardSettings {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private BoardRepository boards;

    private static final int MAX_DAYS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    private CalendarRepository calendar;

    @Inject
    private TimelineService timeline;

    public DeadlineSettings deadlines() {
        return settingsOf(board(CallerContext.require(Role.ADMIN)));
    }

    public DeadlineSettings changeDeadlines(DeadlineSettings wanted) {
        Board board = board(CallerContext.require(Role.ADMIN));
        Map<String, String> problems = new LinkedHashMap<>();
        int lado = days(problems, "ladoDays", wanted.ladoDays(), 1, 10, Texts.text("settings.days.lado"));
        int adultReport = days(problems, "adultReportDays", wanted.adultReportDays(), 1, 10,
                Texts.text("settings.days.adultReport"));
        int removal = days(problems, "removalDays", wanted.removalDays(), 1, MAX_DAYS,
                Texts.text("settings.days.removal"));
        int cooperation = days(problems, "cooperationDays", wanted.cooperationDays(), 1, MAX_DAYS,
                Texts.text("settings.days.cooperation"));
        int acknowledgement = days(problems, "hrAcknowledgementDays", wanted.hrAcknowledgementDays(), 1, MAX_DAYS,
                Texts.text("settings.days.hrAcknowledgement"));
        int removalReminder = reminder(problems, "removalReminderDays", wanted.removalReminderDays(), removal,
                "removalDays", Texts.text("settings.reminder.removal"));
        int hrReminder = reminder(problems, "hrReminderDays", wanted.hrReminderDays(), acknowledgement,
                "hrAcknowledgementDays", Texts.text("settings.reminder.hrAcknowledgement"));
        Checks.check(problems);
        DeadlineSettings before = settingsOf(board);
        Checks.Changes changes = new Checks.Changes()
                .field("LADO referral", before.ladoDays(), lado)
                .field("adult safeguarding report", before.adultReportDays(), adultReport)
                .field("content removal", before.removalDays(), removal)
                .field("removal reminder", before.removalReminderDays(), removalReminder)
                .field("co-operation", before.cooperationDays(), cooperation)
                .field("HR acknowledgement", before.hrAcknowledgementDays(), acknowledgement)
                .field("HR reminder", before.hrReminderDays(), hrReminder);
        if (changes.any()) {
            board.changeDeadlines(lado, removal, removalReminder, cooperation, acknowledgement, hrReminder);
            board.changeAdultReportDays(adultReport);
            timeline.record(null, AuditAction.DEADLINES_CHANGED, "Working days: " + changes);
        }
        return settingsOf(board);
    }

    /** How many months a concern closed at triage with no further action is kept (12 unless the board says). */
    public int triageClosureRetentionMonths() {
        return board(CallerContext.require(Role.ADMIN)).triageClosureRetentionMonths();
    }

    /**
     * Sets how long a concern closed at triage with no further action is kept: from 1 month to 10 years. Applies
     * to concerns closed from now on; a closed case keeps the date it was given.
     */
    public int keepTriageClosuresFor(Integer months) {
        Board board = board(CallerContext.require(Role.ADMIN));
        Map<String, String> problems = new LinkedHashMap<>();
        if (months == null || months < 1 || months > 120) {
            problems.put("triageClosureMonths", Texts.text("settings.months.range", 1, 120));
        }
        Checks.check(problems);
        int wanted = months;
        if (wanted != board.triageClosureRetentionMonths()) {
            timeline.record(null, AuditAction.DEADLINES_CHANGED, "Concerns closed at triage with no further action"
                    + " kept for: '" + board.triageClosureRetentionMonths() + " months' → '" + wanted + " months'");
            board.keepTriageClosuresFor(wanted);
        }
        return wanted;
    }

    /** The board's cooling-off period in days (see {@link CoolingOff}; 30 unless the board says). */
    public int coolingOffDays() {
        return board(CallerContext.require(Role.ADMIN)).coolingOff().days();
    }

    /**
     * Sets the board's cooling-off period: the days a closed case, or one agreed false or malicious, waits before it may
     * be removed, and within which a senior manager may reopen it. Applies to decisions made from now on.
     */
    public int coolOffFor(Integer days) {
        Board board = board(CallerContext.require(Role.ADMIN));
        Map<String, String> problems = new LinkedHashMap<>();
        if (!CoolingOff.allowed(days)) {
            problems.put("coolingOffDays", Texts.text("settings.coolingOff.range", CoolingOff.MIN_DAYS,
                    CoolingOff.MAX_DAYS));
        }
        Checks.check(problems);
        CoolingOff wanted = new CoolingOff(days);
        if (!wanted.equals(board.coolingOff())) {
            timeline.record(null, AuditAction.DEADLINES_CHANGED, "Cooling-off period before a closed case may be"
                    + " removed: '" + board.coolingOff().days() + " days' → '" + wanted.days() + " days'");
            board.coolOffFor(wanted);
        }
        return wanted.days();
    }

    /** The board's name and policy title, in English and (for a bilingual board) as given in Welsh. */
    public WelshNames welshNames() {
        Board board = board(CallerContext.require(Role.ADMIN));
        return new WelshNames(board.name(), board.policyTitle(), board.nameCy(), board.policyTitleCy());
    }

    /**
     * Gives the board's name and policy title in Welsh (blank for none: Welsh pages then show the English). Only a
     * board whose pages are bilingual has Welsh names.
     */
    public WelshNames nameInWelsh(String nameCy, String policyTitleCy) {
        Board board = board(CallerContext.require(Role.ADMIN));
        Map<String, String> problems = new LinkedHashMap<>();
        if (!board.welshInterface()) {
            problems.put("nameCy", Texts.text("settings.welsh.notBilingual"));
        }
        String name = Checks.optionalText(problems, "nameCy", nameCy, 200);
        String title = Checks.optionalText(problems, "policyTitleCy", policyTitleCy, 400);
        Checks.check(problems);
        Checks.Changes changes = new Checks.Changes()
                .field("name in Welsh", board.nameCy(), name)
                .field("policy title in Welsh", board.policyTitleCy(), title);
        if (changes.any()) {
            board.nameInWelsh(name, title);
            timeline.record(null, AuditAction.WELSH_NAMES_CHANGED, changes.toString());
        }
        return welshNames();
    }

    /** The bank holidays from the start of this year on (weekends never count either). */
    public List<Holiday> bankHolidays() {
        CallerContext.require(Role.ADMIN);
        LocalDate from = LocalDate.now(clock.withZone(WorkingCalendar.UK)).withDayOfYear(1);
        return calendar.bankHolidaysFrom(from).stream().map(h -> new Holiday(h.date(), h.name())).toList();
    }

    /** The board's closure days from the start of this year on, in date order. */
    public List<ClosureDay> closureDays() {
        CallerContext.require(Role.ADMIN);
        LocalDate from = LocalDate.now(clock.withZone(WorkingCalendar.UK)).withDayOfYear(1);
        return calendar.closureDaysFrom(from).stream().map(BoardSettings::view).toList();
    }

    /**
     * Adds a day the board's office is closed: from then on it does not count as a working day in this board's
     * deadlines (deadlines already set stay). A weekend, a bank holiday, a day already closed and a day in the
     * past are refused with the reason.
     */
    public ClosureDay addClosureDay(LocalDate date, String name) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = Checks.text(problems, "closureName", name, 100,
                Texts.text("settings.closureName.missing"));
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        if (date == null) {
            problems.put("closureDate", Texts.text("settings.closureDate.missing"));
        } else if (date.isBefore(today)) {
            problems.put("closureDate", Texts.text("settings.closureDate.past"));
        } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            problems.put("closureDate", Texts.text("settings.closureDate.weekend", Texts.dateWithWeekday(date)));
        } else {
            calendar.bankHoliday(date)
                    .ifPresent(h -> problems.put("closureDate", Texts.text("settings.closureDate.bankHoliday",
                            Texts.dateWithWeekday(date), h.name())));
            if (!problems.containsKey("closureDate") && calendar.closedOn(date)) {
                problems.put("closureDate", Texts.text("settings.closureDate.closed", Texts.dateWithWeekday(date)));
            }
        }
        Checks.check(problems);
        BoardClosureDay day = new BoardClosureDay(date, cleanName, caller.username(), Instant.now(clock));
        calendar.add(day);
        timeline.record(null, AuditAction.CLOSURE_DAY_ADDED, DAY.format(date) + ": " + Checks.quote(cleanName)
                + "; it no longer counts as a working day in this board's deadlines.");
        return view(day);
    }

    /** Removes one of the board's closure days; another board's is "not found", like a missing one. */
    public void removeClosureDay(long id) {
        CallerContext.require(Role.ADMIN);
        BoardClosureDay day = calendar.closureDay(id)
                .filter(d -> d.tenantId().equals(CallerContext.current().tenantId()))
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.closureDay")));
        calendar.remove(day);
        timeline.record(null, AuditAction.CLOSURE_DAY_REMOVED, DAY.format(day.date()) + ": " + Checks.quote(day.name())
                + "; it counts as a working day again.");
    }

    /** The board's latest set-up changes (timeline entries about no case), newest first. */
    public List<AuditLine> recentChanges(int max) {
        CallerContext.require(Role.ADMIN);
        return timeline.boardEntries(max).stream()
                .map(e -> new AuditLine(e.sequenceNo(), e.occurredAt(), e.actor(), e.action(), e.detail())).toList();
    }

    private Board board(Caller caller) {
        return boards.current();
    }

    private static ClosureDay view(BoardClosureDay d) {
        return new ClosureDay(d.id(), d.date(), d.name(), d.addedBy(), d.addedAt());
    }

    private static DeadlineSettings settingsOf(Board b) {
        return new DeadlineSettings(b.ladoWorkingDays(), b.removalWorkingDays(), b.removalReminderWorkingDays(),
                b.cooperationWorkingDays(), b.hrAcknowledgementWorkingDays(), b.hrReminderWorkingDays(),
                b.adultReportWorkingDays());
    }

    private static int days(Map<String, String> problems, String field, Integer value, int min, int max, String what) {
        if (value == null) {
            problems.put(field, Texts.text("settings.days.missing", what));
            return 0;
        }
        if (value < min || value > max) {
            problems.put(field, Texts.text("settings.days.range", min, max));
        }
        return value;
    }

    private static int reminder(Map<String, String> problems, String field, Integer value, int deadline,
            String deadlineField, String what) {
        if (value == null) {
            problems.put(field, Texts.text("settings.reminder.missing", what));
            return 0;
        }
        if (value < 0) {
            problems.put(field, Texts.text("settings.reminder.negative"));
        } else if (!problems.containsKey(deadlineField) && value >= deadline) {
            problems.put(field, Texts.text("settings.reminder.notBefore", what, deadline));
        }
        return value;
    }
}
