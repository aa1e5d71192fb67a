package uk.safeguardcases.application.access;

import java.time.Clock;
import jakarta.ejb.Stateless;
import uk.safeguardcases.application.PlainFormat;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.reports.Documents;
import uk.safeguardcases.application.reports.OutgoingDocuments;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.access.ExtensionNotice;
import uk.safeguardcases.domain.access.SubjectAccessAction;
import uk.safeguardcases.domain.access.SubjectAccessAnswer;
import uk.safeguardcases.domain.access.SubjectAccessDeadline;
import uk.safeguardcases.domain.access.SubjectAccessProcess;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.access.SubjectAccessRequestRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.cases.Redaction;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.deadline.DeadlineState;
import uk.safeguardcases.domain.people.Role;

/**
 * Subject access requests (UK GDPR Articles 12 and 15; ICO, "Right of access"), for the board's officers and senior
 * managers: recorded, extended, reviewed with redaction of third parties, and answered with the export, which is kept
 * byte for byte. Each runs as a {@code subject-access-request} process whose timers remind the officers a working
 * week before the deadline and tell the senior managers when it passes. Everything is the caller's board's only.
 */
@Stateless
public class SubjectAccessRequests {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** The reminder goes this many working days before the deadline (a working week). */
    private static final int REMINDER_WORKING_DAYS = 5;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private PersonRepository people;

    @Inject
    private SeriesReferences references;

    @Inject
    private SubjectAccessRequestReferences series;

    @Inject
    private SubjectAccessRequestRepository requests;

    @Inject
    private BoardRepository boards;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private SubjectAccessGathering gathering;

    @Inject
    private Documents documents;

    @Inject
    private OutgoingDocuments outgoing;

    /** What the issued documents call the answer's PDF. */
    public static final String ISSUED_AS = "SUBJECT_ACCESS_ANSWER";

    @Inject
    private SubjectAccessMail mail;

    @Inject
    private SubjectAccessClock clockRule;

    /** Records a request and starts its process; answers its reference. */
    public String record(SubjectAccessRequestDetails input) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String requestedBy = text(problems, "requestedBy", input.requestedBy(), 200,
                AccessWords.text("sar.requestedBy.missing"));
        String subjectName = text(problems, "subjectName", input.subjectName(), 200,
                AccessWords.text("sar.subjectName.missing"));
        String email = text(problems, "subjectEmail", input.subjectEmail(), 254, null);
        if (!email.isEmpty() && !problems.containsKey("subjectEmail") && !EMAIL.matcher(email).matches()) {
            problems.put("subjectEmail", AccessWords.text("sar.subjectEmail.invalid"));
        }
        String checkedBy = text(problems, "identityCheckedBy", input.identityCheckedBy(), 200,
                AccessWords.text("sar.identityCheckedBy.missing"));
        String evidence = text(problems, "identityEvidence", input.identityEvidence(), 1000,
                AccessWords.text("sar.identityEvidence.missing"));
        WorkingDays workingDays = calendar.workingDays();
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        if (input.receivedOn() == null) {
            problems.put("receivedOn", AccessWords.text("sar.receivedOn.missing"));
        } else if (input.receivedOn().isAfter(today)) {
            problems.put("receivedOn", Texts.text("input.date.future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long personId = accountOf(email, subjectName);

        Board board = boards.current();
        // Two requests recorded at once queue here for the board's next number (held until commit).
        boards.lock(board);
        int year = input.receivedOn().getYear();
        String reference = references.next(board.id(), board.referencePrefix(), series, year);
        LocalDate dueOn = SubjectAccessDeadline.dueOn(input.receivedOn(), workingDays::isWorkingDay);
        SubjectAccessRequest request = new SubjectAccessRequest(reference,
                new SubjectAccessRequestDetails(requestedBy, subjectName, email.isEmpty() ? null : email,
                        input.receivedOn(), checkedBy, evidence),
                personId, caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), dueOn,
                deadline(dueOn, workingDays));
        requests.add(request);
        request.startedAs(processes.start(SubjectAccessProcess.KEY, reference, Map.of(
                SubjectAccessProcess.REQUEST_ID, request.id(),
                SubjectAccessProcess.REMINDER_AT, Date.from(request.answerBy().reminderAt()),
                SubjectAccessProcess.DUE, Date.from(request.answerBy().due()))));
        timeline.record(null, AuditAction.SUBJECT_ACCESS_RECORDED, reference + " received on "
                + PlainFormat.day(Locale.ENGLISH, input.receivedOn()) + "; the requester's identity checked; to be answered by "
                + PlainFormat.day(Locale.ENGLISH, dueOn) + ".");
        return reference;
    }

    /**
     * The person's account on the board: by the e-mail address given, else by their name when exactly one account
     * has it (two people of the same name: the officer gives the address).
     */
    private Long accountOf(String email, String name) {
        if (!email.isEmpty()) {
            return people.idByEmail(email.toLowerCase(Locale.ROOT)).orElse(null);
        }
        List<Long> named = people.idsNamed(SubjectAccessGathering.comparable(name), 2);
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The board's requests, unanswered first (soonest due first). */
    public List<SubjectAccessSummary> list() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Instant now = Instant.now(clock);
        return requests.all().stream().map(r -> new SubjectAccessSummary(r.reference(), r.subjectName(),
                r.requestedBy(), r.receivedOn(), r.answerDue(), r.extendedTo() != null, stateOf(r, now),
                r.answeredAt(), r.pausedOn())).toList();
    }

    /** One request as its page shows it. */
    public SubjectAccessDetail detail(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        WorkingDays workingDays = calendar.workingDays();
        return new SubjectAccessDetail(r.reference(), r.requestedBy(), r.subjectName(), r.subjectEmail(),
                r.subjectPersonId() != null, r.receivedOn(), r.identityCheckedBy(), r.identityEvidence(),
                r.recordedBy(), r.recordedAt(), r.dueOn(), r.extendedTo(), r.extensionReason(), r.extendedBy(),
                r.answerDue(), latestExtension(r, workingDays),
                canExtend(r) && r.answerDue().isBefore(latestExtension(r, workingDays)), stateOf(r, Instant.now(clock)), r.answerBy().remindedAt(), r.answerBy().missedAt(),
                r.redactions() == null ? "" : r.redactions(), r.answeredAt(), r.answeredBy(), r.exportSha256(),
                r.exportSizeBytes(), r.erasedAt(), r.leftOut() == null ? "" : r.leftOut(),
                r.leftOutReason() == null ? "" : r.leftOutReason(), r.pausedOn(), r.pausedFor(), r.pausedAsked(),
                r.pausedBy(), r.pausedDays(), r.firstMonthEndsOn(), r.extensionNoticeTo(),
                r.extensionNoticeLanguage(), r.extensionNoticeAt(), clockRule.stopTheClock());
    }

    /**
     * What the answer would hold now, redactions applied, for the officer to review before exporting (nothing is
     * kept or audited: the page shows it to the board's own staff).
     */
    public SubjectAccessGathering.Disclosure preview(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        return gathering.gather(r, boards.current(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), caller.username());
    }

    /**
     * More time (UK GDPR Article 12(3)): up to two further months after the first, with its reasons, decided before
     * the first month ends, and only with a notice to the person, with those reasons, in their language, sent now
     * (it is queued with the extension: one stands only with the other). The process's reminder and deadline move to
     * the new date.
     */
    public void extend(String reference, LocalDate to, String reason, String noticeTo, Locale language) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        requireUnanswered(r);
        WorkingDays workingDays = calendar.workingDays();
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "extensionReason", reason, 2000, AccessWords.text("sar.extension.reasonMissing"));
        String address = text(problems, "noticeTo", noticeTo, 254, AccessWords.text("sar.extension.noticeTo.missing"));
        if (!address.isEmpty() && !problems.containsKey("noticeTo") && !EMAIL.matcher(address).matches()) {
            problems.put("noticeTo", AccessWords.text("sar.extension.noticeTo.invalid"));
        }
        LocalDate latest = latestExtension(r, workingDays);
        if (r.paused()) {
            problems.put("extendedTo", AccessWords.text("sar.extension.paused"));
        } else if (!canExtend(r)) {
            problems.put("extendedTo", AccessWords.text("sar.extension.tooLate", Texts.date(r.firstMonthEndsOn())));
        } else if (to == null) {
            problems.put("extendedTo", AccessWords.text("sar.extension.dateMissing"));
        } else if (!to.isAfter(r.answerDue())) {
            problems.put("extendedTo", AccessWords.text("sar.extension.notLater", Texts.date(r.answerDue())));
        } else if (to.isAfter(latest)) {
            problems.put("extendedTo", AccessWords.text("sar.extension.beyondLimit", Texts.date(latest)));
        } else if (!workingDays.isWorkingDay(to)) {
            problems.put("extendedTo", AccessWords.text("sar.extension.notWorkingDay"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Locale theirs = Texts.WELSH.getLanguage().equals(language == null ? "" : language.getLanguage())
                ? Texts.WELSH : Locale.ENGLISH;
        Deadline later = deadline(to, workingDays);
        // The process first: if it has moved on meanwhile (answered in another window), nothing here changes.
        try {
            processes.deliver(r.processInstanceId(), SubjectAccessProcess.ANSWER, SubjectAccessProcess.EXTENDED,
                    Map.of(SubjectAccessProcess.REMINDER_AT, Date.from(later.reminderAt()),
                            SubjectAccessProcess.DUE, Date.from(later.due())));
        } catch (StepUnavailableException e) {
            throw TaskAlreadyDoneException.refused(e, r.reference());
        }
        r.extend(to, why, caller.username(), later, new ExtensionNotice(address, theirs, Instant.now(clock)));
        mail.extensionNotice(r, address, theirs, why);
        timeline.record(null, AuditAction.SUBJECT_ACCESS_EXTENDED, r.reference() + ": to be answered by " + PlainFormat.day(Locale.ENGLISH, to)
                + " (was " + PlainFormat.day(Locale.ENGLISH, r.firstMonthEndsOn()) + "); the reason is on the request.");
        timeline.record(null, SubjectAccessAction.SUBJECT_ACCESS_EXTENSION_NOTICE_SENT, r.reference()
                + ": the person told of the extension and its reasons, in " + theirs.getDisplayLanguage(Locale.ENGLISH)
                + ", within the first month (UK GDPR Article 12(3)).");
    }

    /** The latest date an extension may give: two further months from the first, moved by the pauses. */
    static LocalDate latestExtension(SubjectAccessRequest r, WorkingDays workingDays) {
        LocalDate latest = SubjectAccessDeadline.latestExtension(r.receivedOn(), workingDays::isWorkingDay);
        return r.pausedDays() == 0 ? latest
                : SubjectAccessDeadline.onAWorkingDay(latest.plusDays(r.pausedDays()), workingDays::isWorkingDay);
    }

    /** Marks the third parties' details (one per line) the answer leaves out wherever they appear. */
    public void redact(String reference, String terms) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        requireUnanswered(r);
        if (terms != null && terms.length() > 4000) {
            throw new InvalidInputException(Map.of("terms", Texts.text("input.tooLong", 4000)));
        }
        List<String> marked = Redaction.terms(terms);
        r.redact(String.join("\n", marked));
        timeline.record(null, AuditAction.SUBJECT_ACCESS_REDACTIONS_MARKED, r.reference() + ": "
                + PlainFormat.count(marked.size(), "term", "terms") + " of third parties' details to be kept from the answer.");
    }

    /**
     * Answers the request: gathers everything held about the person now, redacts it, and keeps the ZIP (the PDF and
     * the JSON) byte for byte with its SHA-256. Answers the SHA-256. Once answered, a request changes no more.
     */
    public String answer(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        requireUnanswered(r);
        if (r.paused()) {
            throw new InvalidInputException(Map.of("answer", AccessWords.text("sar.answer.paused")));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        SubjectAccessGathering.Disclosure disclosure = gathering.gather(r, boards.current(), now, caller.username());
        byte[] pdf = outgoing.issue(ISSUED_AS, r.reference(), documents.subjectAccess(disclosure.tree(), r.reference(),
                now, disclosure.redacted()));
        byte[] json = SubjectAccessExport.json(disclosure.tree());
        byte[] zip = SubjectAccessExport.zip(r.reference(), pdf, json, now);
        String sha256 = ContentHash.sha256Hex(zip);
        try {
            processes.complete(r.processInstanceId(), SubjectAccessProcess.ANSWER, caller.username(), Map.of());
        } catch (StepUnavailableException e) {
            throw TaskAlreadyDoneException.refused(e, r.reference());
        }
        r.answer(caller.username(), now, zip.length, sha256);
        requests.add(new SubjectAccessAnswer(r.id(), zip));
        timeline.record(null, AuditAction.SUBJECT_ACCESS_ANSWERED, r.reference() + ": answered with "
                + PlainFormat.count(disclosure.cases(), "case", "cases") + " and "
                + PlainFormat.count(disclosure.emails(), "e-mail", "e-mails") + ", "
                + PlainFormat.count(disclosure.redacted(), "passage", "passages") + " redacted; ZIP of " + zip.length + " bytes, SHA-256 " + sha256 + ".");
        return sha256;
    }

    /** The answer exactly as it was given: the kept ZIP. */
    public byte[] export(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        if (!r.answered()) {
            throw new NotFoundException(AccessWords.text("sar.notAnswered", r.reference()));
        }
        if (r.erasedAt() != null) {
            throw new NotFoundException(AccessWords.text("sar.erased", r.reference()));
        }
        SubjectAccessAnswer answer = requests.answerTo(r.id()).orElse(null);
        if (answer == null) {
            throw new NotFoundException(AccessWords.text("sar.erased", r.reference()));
        }
        timeline.record(null, AuditAction.SUBJECT_ACCESS_DOWNLOADED, r.reference() + ": the answer downloaded.");
        return answer.content();
    }

    /**
     * The answer as it would be made now, for the officer to read before it is kept: the same ZIP, every page of its
     * PDF marked as a draft. Nothing is kept; the download is audited.
     */
    public byte[] draft(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        requireUnanswered(r);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        SubjectAccessGathering.Disclosure disclosure = gathering.gather(r, boards.current(), now, caller.username());
        byte[] pdf = documents.subjectAccessDraft(disclosure.tree(), r.reference(), now, disclosure.redacted());
        timeline.record(null, AuditAction.SUBJECT_ACCESS_DRAFT_DOWNLOADED, r.reference()
                + ": a draft of the answer downloaded.");
        return SubjectAccessExport.zip(r.reference() + "-draft", pdf, SubjectAccessExport.json(disclosure.tree()), now);
    }

    /**
     * Whole cases to leave out of the answer (their references, one per line), and why: another person of the same
     * name, or a case an exemption covers (Data Protection Act 2018, Schedule 2: crime, or Schedule 3: serious harm).
     * The reason stays with the board; the answer does not say that anything was left out.
     */
    public void leaveOut(String reference, String references, String reason) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SubjectAccessRequest r = find(reference);
        requireUnanswered(r);
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> refs = Redaction.terms(references).stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        String why = text(problems, "leftOutReason", reason, 2000,
                refs.isEmpty() ? null : AccessWords.text("sar.leftOut.reasonMissing"));
        if (references != null && references.length() > 4000) {
            problems.put("leftOut", Texts.text("input.tooLong", 4000));
        }
        for (String ref : refs) {
            if (!problems.containsKey("leftOut") && !caseRecords.referenceExists(ref)) {
                problems.put("leftOut", Texts.text("notFound.case", ref));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        r.leaveOut(String.join("\n", refs), why.isEmpty() ? null : why);
        timeline.record(null, AuditAction.SUBJECT_ACCESS_CASES_LEFT_OUT, r.reference() + ": "
                + PlainFormat.count(refs.size(), "case", "cases") + " to be left out of the answer; the reason is on the request.");
    }

    /**
     * The caller's board's answers given more than {@value SubjectAccessDeadline#ANSWER_KEPT_MONTHS} months before
     * {@code today}: the ZIP (a copy of what the board held) and the request's personal details are erased; the
     * reference, the dates, who recorded and answered it and the SHA-256 of what was given stay. Run by the nightly
     * purge; each erasure audited. Answers how many were erased.
     */
    public int eraseAnswersDue(LocalDate today) {
        String board = CallerContext.current().tenantId();
        Instant before = today.minusMonths(SubjectAccessDeadline.ANSWER_KEPT_MONTHS).atStartOfDay(WorkingCalendar.UK)
                .toInstant();
        List<String> due = requests.answeredBefore(board, before);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int erased = 0;
        for (String reference : due) {
            erased += requests.erase(board, reference, now);
            timeline.record(null, AuditAction.SUBJECT_ACCESS_ERASED, reference + ": the answer and the request's"
                    + " personal details erased, " + SubjectAccessDeadline.ANSWER_KEPT_MONTHS
                    + " months after it was answered; its SHA-256 stays.");
        }
        return erased;
    }

    /** The request's reminder (from its process's timer): recorded and e-mailed once, only while unanswered. */
    public void remind(long requestId) {
        requests.byId(requestId).filter(r -> r.remind(Instant.now(clock))).ifPresent(r -> {
            timeline.record(null, AuditAction.SUBJECT_ACCESS_REMINDER_SENT, r.reference()
                    + ": the officers were reminded that it must be answered by " + PlainFormat.day(Locale.ENGLISH, r.answerDue()) + ".");
            mail.reminder(r, false);
        });
    }

    /** The deadline passed unanswered (from its process's timer): recorded and escalated once. */
    public void overdue(long requestId) {
        requests.byId(requestId).filter(r -> r.overdue(Instant.now(clock))).ifPresent(r -> {
            timeline.record(null, AuditAction.SUBJECT_ACCESS_OVERDUE, r.reference() + ": not answered by "
                    + PlainFormat.day(Locale.ENGLISH, r.answerDue()) + "; escalated to the senior managers.");
            mail.reminder(r, true);
        });
    }

    private SubjectAccessRequest find(String reference) {
        return requests.byReference(reference)
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.subjectAccess", nonNull(reference))));
    }

    private static void requireUnanswered(SubjectAccessRequest r) {
        if (r.answered()) {
            throw new TaskAlreadyDoneException(AccessWords.text("sar.answered", r.reference(),
                    Texts.date(r.answeredAt().atZone(WorkingCalendar.UK).toLocalDate())));
        }
    }

    /**
     * The requester must be told of an extension within the first month: once the first deadline has passed (or
     * been escalated as missed), no extension.
     */
    private boolean canExtend(SubjectAccessRequest r) {
        return !r.answered() && r.answerBy().missedAt() == null
                && !r.paused() && Instant.now(clock).isBefore(endOf(r.firstMonthEndsOn()));
    }

    /** A day's deadline is the end of that day (UK GDPR counts days, not working hours). */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(WorkingCalendar.UK).toInstant();
    }

    private static DeadlineState stateOf(SubjectAccessRequest r, Instant now) {
        return r.answerBy().stateAt(now, r.answeredAt());
    }

    /**
     * Due at the end of {@code dueOn} (midnight after it: the law counts days, not working hours); the reminder a
     * working week before, at the end of that working day.
     */
    static Deadline deadline(LocalDate dueOn, WorkingDays workingDays) {
        ZoneId zone = workingDays.zone();
        Instant endOfWorkingDay = ZonedDateTime.of(dueOn, WorkingDays.END_OF_WORKING_DAY, zone).toInstant();
        return Deadline.due(endOf(dueOn), workingDays.reminderBefore(endOfWorkingDay, REMINDER_WORKING_DAYS));
    }

    private static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (whenMissing != null) {
                problems.put(field, whenMissing);
            }
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }

}
