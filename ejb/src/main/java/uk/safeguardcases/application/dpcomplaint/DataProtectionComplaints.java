package uk.safeguardcases.application.dpcomplaint;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.publicconcern.LimitReachedException;
import uk.safeguardcases.application.publicconcern.PublicPageLimits;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.dpcomplaint.ComplaintOutcome;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintAction;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintNotice;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintProcess;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportThrottle;

/**
 * Complaints about the board's use of personal data (DPA 2018 s.164A, inserted by the Data (Use and Access) Act
 * 2025, in force 19 June 2026; the ICO's guidance "How to deal with data protection complaints"). Anyone complains on
 * the board's public page, a member in their portal (s.164A(1): the controller facilitates complaints, for example by
 * an electronic form); the complaint is registered with the data protection officer the privacy notice names and
 * they are told; the board's officers or senior managers acknowledge it within 30 days (s.164A(2)(a); the process
 * reminds a week before and escalates on the last day), record the steps taken to respond, telling the complainant of
 * progress when they choose (s.164A(2)(b)), and record the outcome, which is e-mailed at once with the right to
 * complain to the Information Commissioner (s.164A(2)(c)).
 */
@Stateless
public class DataProtectionComplaints {

    public static final String STAFF_PAGE = "/dpcomplaint/complaints.xhtml";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int LISTED = 200;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private DpComplaintRepository complaints;

    @Inject
    private BoardRepository boards;

    @Inject
    private PersonRepository people;

    @Inject
    private SeriesReferences references;

    @Inject
    private DpComplaintReferences series;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private Outbox outbox;

    @Inject
    private PublicPageLimits limits;

    /** Whether a public page's address names a board that exists (nobody signed in). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<PublicBoardName> publicBoard(String boardId) {
        if (!namesABoard(boardId)) {
            return Optional.empty();
        }
        return CallerContext.runAs(Caller.system(boardId), () -> self().publicBoardNow(boardId));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PublicBoardName> publicBoardNow(String boardId) {
        return boards.byId(boardId).map(b -> new PublicBoardName(b.id(), b.name(), b.nameCy(), b.welshInterface(),
                b.dpoName()));
    }

    /** A proof-of-work challenge for the board's public form: the public concern page's own ({@link PublicPageLimits}). */
    public String challenge(String boardId) {
        return limits.challenge(boardId);
    }

    /**
     * Someone nobody knows complains on the board's public page from {@code address}, the page's proof of work done
     * ({@code challenge}, {@code nonce}); answers the receipt code, shown once. Refused field by field
     * ({@link InvalidInputException}, the challenge as the field {@code challenge}), or when the address or the board
     * has sent too many this hour ({@link LimitReachedException}: the public concern form's own limits, counted with
     * it), with nothing kept.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String complain(String boardId, Locale language, String address, ComplaintForm form, String challenge,
            String nonce) {
        if (!namesABoard(boardId)) {
            throw new NotFoundException("No board");
        }
        return CallerContext.runAs(Caller.system(boardId).speaking(language == null ? Locale.UK : language),
                () -> self().complainFromPageNow(address, form, challenge, nonce, language));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String complainFromPageNow(String address, ComplaintForm form, String challenge, String nonce,
            Locale language) {
        return receive(form, null, language, new String[] {address == null ? "" : address, challenge, nonce});
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String complainNow(ComplaintForm form, Person member, Locale language) {
        if (member == null) {
            throw new IllegalArgumentException("A complaint from the public page comes with its proof of work");
        }
        return receive(form, member, language, null);
    }

    /** {@code fromPage}: the address, challenge and nonce of a post to the public page; null for a member's. */
    private String receive(ComplaintForm form, Person member, Locale language, String[] fromPage) {
        Board board = boards.byId(CallerContext.current().tenantId())
                .orElseThrow(() -> new NotFoundException("No board"));
        Map<String, String> problems = new LinkedHashMap<>();
        String words = ComplaintInput.text(problems, "words", form.words(), DataProtectionComplaint.WORDS_MAX, true);
        String name;
        String email;
        String phone;
        if (member == null) {
            name = ComplaintInput.text(problems, "name", form.name(), DataProtectionComplaint.NAME_MAX, true);
            email = ComplaintInput.email(problems, form.email(), DataProtectionComplaint.EMAIL_MAX);
            phone = ComplaintInput.phone(problems, form.phone(), DataProtectionComplaint.PHONE_MAX);
        } else {
            name = member.displayName();
            email = member.email() == null || member.email().isBlank() ? null : member.email().strip();
            phone = ComplaintInput.phone(problems, form.phone(), DataProtectionComplaint.PHONE_MAX);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (fromPage != null) {
            // As the public concern form: the work asked for is the board's before this one; a refusal rolls back.
            Instant asked = Instant.now(clock);
            int difficulty = limits.difficulty(board.id(), asked);
            limits.countRaised(fromPage[0], asked);
            limits.takeChallenge(fromPage[1], fromPage[2], difficulty);
        }
        boards.lock(board);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String reference = references.next(board.id(), board.referencePrefix(), series,
                LocalDate.ofInstant(now, UK).getYear());
        String code = ComplaintReceipt.newCode();
        DataProtectionComplaint complaint = DataProtectionComplaint.receive(reference, ComplaintReceipt.digest(code),
                words, name, email, phone, member == null ? null : member.username(),
                Texts.isWelsh(language) ? "cy" : "en", board.dpoName(), board.dpoEmail(), now);
        complaints.add(complaint);
        complaint.startedAs(processes.start(DpComplaintProcess.KEY, reference, Map.of(
                DpComplaintProcess.COMPLAINT_ID, complaint.id(),
                DpComplaintProcess.REMIND_AT, Date.from(complaint.reminderAt()),
                DpComplaintProcess.ESCALATE_AT, Date.from(complaint.escalateAt()))));
        timeline.record(null, DpComplaintAction.DP_COMPLAINT_RECEIVED, reference + (member == null
                ? ": from the public page" : ": from the member's portal") + "; to be acknowledged by "
                + complaint.acknowledgeBy() + (board.dpoName() == null ? "; no data protection officer named"
                : "; registered with the data protection officer"));
        if (board.dpoEmail() != null) {
            mail(board, complaint, DpComplaintNotice.DP_COMPLAINT_REGISTERED, board.dpoEmail(), "mail.registered",
                    board.dpoName(), reference, day(complaint.acknowledgeBy()), PublicAddress.of(STAFF_PAGE));
        }
        return code;
    }

    /**
     * The complainant reads the state of their complaint on the board's public page, giving its reference and their
     * receipt code. A wrong code, a reference of another board or of none, a board of none: one and the same empty
     * answer; each wrong one is counted against the address with the public concern form's wrong codes, and over
     * that limit the page is refused ({@link LimitReachedException}) before anything is looked up.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ComplaintProgress> progress(String boardId, String address, Locale language, String reference,
            String code) {
        if (publicBoard(boardId).isEmpty()) {
            return Optional.empty();
        }
        return CallerContext.runAs(Caller.system(boardId).speaking(language == null ? Locale.UK : language),
                () -> self().progressNow(address == null ? "" : address, reference, code));
    }

    /** Empty for a wrong reference or code, which is counted (the transaction commits: nothing else is written). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ComplaintProgress> progressNow(String address, String reference, String code) {
        Instant now = Instant.now(clock);
        ReportThrottle wrong = limits.wrongCodes(address, now);
        String typedReference = reference == null ? "" : reference.strip();
        String typedCode = code == null ? "" : code.strip();
        Optional<DataProtectionComplaint> found = typedCode.isEmpty() ? Optional.empty()
                : complaints.byReceipt(ComplaintReceipt.digest(typedCode))
                        .filter(c -> c.reference().equalsIgnoreCase(typedReference));
        if (found.isEmpty()) {
            wrong.hit(ReportLimit.WRONG_CODE_FROM_ADDRESS, now);
            return Optional.empty();
        }
        return Optional.of(ComplaintProgress.of(found.get()));
    }

    /** A member complains from their portal: their account's name and address are the complainant's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String complainAsMember(ComplaintForm form) {
        Caller caller = CallerContext.require(Role.MEMBER);
        Person member = people.byUsername(caller.username())
                .orElseThrow(() -> new NotFoundException("No account " + caller.username()));
        return complainNow(form, member, CallerContext.language());
    }

    /** The complaints the member signed in has made, newest first. */
    public List<DataProtectionComplaint> mine() {
        Caller caller = CallerContext.require(Role.MEMBER);
        List<DataProtectionComplaint> made = new java.util.ArrayList<>(complaints.madeBy(caller.username(), null));
        java.util.Collections.reverse(made);
        return made;
    }

    /** The board's complaints, newest first: its officers and senior managers. */
    public List<DataProtectionComplaint> ofBoard() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return complaints.newestFirst(LISTED);
    }

    /** One complaint by its reference, or by the receipt code the complainant quotes. */
    public DataProtectionComplaint read(String referenceOrCode) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return find(referenceOrCode);
    }

    /** The complainant is told their complaint was received and will be looked into (s.164A(2)(a)). */
    public DataProtectionComplaint acknowledge(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        DataProtectionComplaint complaint = find(reference);
        if (complaint.isAcknowledged()) {
            throw new InvalidInputException(Map.of("acknowledge", DpComplaintWords.text("acknowledge.already")));
        }
        try {
            processes.deliver(complaint.processInstanceId(), DpComplaintProcess.ACKNOWLEDGE,
                    DpComplaintProcess.ACKNOWLEDGED, Map.of());
        } catch (StepUnavailableException e) {
            // Acknowledged (or answered) a moment ago in another window or by a colleague; or its reminder's job
            // changed it at that moment, and it still waits: not acknowledged, to be tried again.
            throw e.reason() == StepUnavailableException.Reason.STILL_WAITING
                    ? TaskAlreadyDoneException.changedMeanwhile(complaint.reference())
                    : new InvalidInputException(Map.of("acknowledge", DpComplaintWords.text("acknowledge.already")));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        complaint.acknowledge(caller.displayName(), now);
        Board board = boards.current();
        timeline.record(null, DpComplaintAction.DP_COMPLAINT_ACKNOWLEDGED, complaint.reference()
                + (complaint.acknowledgedInTime() ? ": within the 30 days" : ": after the 30 days"));
        if (complaint.complainantEmail() != null) {
            mail(board, complaint, DpComplaintNotice.DP_COMPLAINT_ACKNOWLEDGEMENT, complaint.complainantEmail(),
                    "mail.acknowledged", complaint.complainantName(), day(complaint.receivedAt()),
                    complaint.reference(), contactOf(complaint));
        }
        return complaint;
    }

    /**
     * A step taken to respond (an enquiry made, what was found); with {@code tellComplainant} the words go to the
     * complainant as news of progress (s.164A(2)(b)).
     */
    public DataProtectionComplaint recordStep(String reference, String words, boolean tellComplainant) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        DataProtectionComplaint complaint = find(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = ComplaintInput.text(problems, "step", words, DataProtectionComplaint.WORDS_MAX, true);
        if (complaint.isClosed()) {
            problems.put("step", DpComplaintWords.text("step.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        complaint.recordStep(caller.displayName(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), clean,
                tellComplainant);
        timeline.record(null, DpComplaintAction.DP_COMPLAINT_STEP_RECORDED, complaint.reference()
                + (tellComplainant ? ": the complainant told of progress" : ""));
        if (tellComplainant && complaint.complainantEmail() != null) {
            mail(boards.current(), complaint, DpComplaintNotice.DP_COMPLAINT_ACKNOWLEDGEMENT,
                    complaint.complainantEmail(), "mail.progress", complaint.complainantName(), complaint.reference(),
                    clean);
        }
        return complaint;
    }

    /** The outcome, sent to the complainant at once with their right to complain to the Commissioner (s.164A(2)(c)). */
    public DataProtectionComplaint recordOutcome(String reference, ComplaintOutcome outcome, String words) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        DataProtectionComplaint complaint = find(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = ComplaintInput.text(problems, "outcomeWords", words, DataProtectionComplaint.WORDS_MAX, true);
        if (outcome == null) {
            problems.put("outcome", DpComplaintWords.text("form.outcome.missing"));
        }
        if (complaint.isClosed()) {
            problems.put("outcome", DpComplaintWords.text("step.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean acknowledgedBefore = complaint.isAcknowledged();
        try {
            // Not yet acknowledged: the outcome is the acknowledgement, and ends the wait for it (and its timers).
            processes.deliver(complaint.processInstanceId(), acknowledgedBefore ? DpComplaintProcess.RESPOND
                    : DpComplaintProcess.ACKNOWLEDGE, DpComplaintProcess.OUTCOME_SENT, Map.of("outcome", outcome.name()));
        } catch (StepUnavailableException e) {
            if (e.reason() == StepUnavailableException.Reason.STILL_WAITING) {
                throw TaskAlreadyDoneException.changedMeanwhile(complaint.reference());
            }
            if (acknowledgedBefore) {
                // Its outcome recorded a moment ago, in another window or by a colleague.
                throw new TaskAlreadyDoneException(DpComplaintWords.text("step.closed"));
            }
            // A complaint received on the model from before can only be acknowledged first.
            throw new InvalidInputException(Map.of("outcome", DpComplaintWords.text("outcome.notAcknowledged")));
        }
        complaint.close(outcome, clean, caller.displayName(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        if (!acknowledgedBefore) {
            timeline.record(null, DpComplaintAction.DP_COMPLAINT_ACKNOWLEDGED, complaint.reference()
                    + ": by its outcome" + (complaint.acknowledgedInTime() ? ", within the 30 days"
                    : ", after the 30 days"));
        }
        timeline.record(null, DpComplaintAction.DP_COMPLAINT_OUTCOME_SENT, complaint.reference() + ": "
                + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (complaint.complainantEmail() != null) {
            Board board = boards.current();
            BoardLetter letter = BoardLetter.of(board, l -> DpComplaintWords.in(l, "mail.outcome.subject",
                    complaint.reference()), l -> DpComplaintWords.in(l, "mail.outcome.body",
                    complaint.complainantName(), complaint.reference(), DpComplaintWords.in(l, "ComplaintOutcome."
                    + outcome.name()), clean, contactOf(complaint)), true);
            outbox.queue(null, DpComplaintNotice.DP_COMPLAINT_OUTCOME, complaint.complainantEmail(), letter.subject(),
                    letter.body());
        }
        return complaint;
    }

    /** The process's reminder, a week before the last day (as the board's system caller; idempotent). */
    public void remindToAcknowledge(long complaintId) {
        complaints.byId(complaintId).ifPresent(complaint -> {
            if (complaint.remind(Instant.now(clock))) {
                Board board = boards.current();
                timeline.record(null, DpComplaintAction.DP_COMPLAINT_REMINDED, complaint.reference()
                        + ": to be acknowledged by " + complaint.acknowledgeBy());
                for (String to : recipients(people.emailsOf(List.of(Role.OFFICER)), complaint.dpoEmail())) {
                    mail(board, complaint, DpComplaintNotice.DP_COMPLAINT_ACKNOWLEDGEMENT_DUE, to, "mail.due",
                            complaint.reference(), day(complaint.acknowledgeBy()), PublicAddress.of(STAFF_PAGE));
                }
            }
        });
    }

    /** The process's escalation on the last day, to the senior managers and the data protection officer. */
    public void escalateAcknowledgement(long complaintId) {
        complaints.byId(complaintId).ifPresent(complaint -> {
            if (complaint.escalate(Instant.now(clock))) {
                Board board = boards.current();
                timeline.record(null, DpComplaintAction.DP_COMPLAINT_ESCALATED, complaint.reference()
                        + ": not acknowledged on its last day, " + complaint.acknowledgeBy());
                for (String to : recipients(people.emailsOf(List.of(Role.SENIOR)), complaint.dpoEmail())) {
                    mail(board, complaint, DpComplaintNotice.DP_COMPLAINT_ACKNOWLEDGEMENT_ESCALATED, to,
                            "mail.escalated", complaint.reference(), day(complaint.acknowledgeBy()),
                            PublicAddress.of(STAFF_PAGE));
                }
            }
        });
    }

    /** Closed complaints kept past their date are removed, each noted on the board's timeline (its reference only). */
    public int removeDue(LocalDate today) {
        List<DataProtectionComplaint> due = complaints.dueForRemoval(today);
        for (DataProtectionComplaint complaint : due) {
            timeline.record(null, DpComplaintAction.DP_COMPLAINT_REMOVED, complaint.reference() + ": kept until "
                    + complaint.keepUntil());
            processes.forget(complaint.reference());
            complaints.remove(complaint);
        }
        return due.size();
    }

    private static List<String> recipients(List<String> staff, String dpo) {
        java.util.LinkedHashSet<String> to = new java.util.LinkedHashSet<>();
        staff.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).forEach(to::add);
        if (dpo != null && to.stream().noneMatch(dpo::equalsIgnoreCase)) {
            to.add(dpo);
        }
        return List.copyOf(to);
    }

    private void mail(Board board, DataProtectionComplaint complaint, DpComplaintNotice kind, String to, String key,
            Object... arguments) {
        BoardLetter letter = BoardLetter.of(board, l -> DpComplaintWords.in(l, key + ".subject", complaint.reference()),
                l -> DpComplaintWords.in(l, key + ".body", arguments), true);
        outbox.queue(null, kind, to, letter.subject(), letter.body());
    }

    private static String contactOf(DataProtectionComplaint complaint) {
        return complaint.dpoEmail() == null ? "" : complaint.dpoName() + " <" + complaint.dpoEmail() + ">";
    }

    private static String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
    }

    private static String day(Instant at) {
        return day(LocalDate.ofInstant(at, UK));
    }

    private DataProtectionComplaint find(String referenceOrCode) {
        String typed = referenceOrCode == null ? "" : referenceOrCode.strip();
        return complaints.byReference(typed).or(() -> complaints.byReceipt(ComplaintReceipt.digest(typed)))
                .orElseThrow(() -> new NotFoundException("No complaint " + typed.replaceAll("[^A-Za-z0-9-]", "?")));
    }

    static boolean namesABoard(String boardId) {
        return boardId != null && boardId.matches("[a-z0-9-]{1,20}");
    }

    private DataProtectionComplaints self() {
        return context.getBusinessObject(DataProtectionComplaints.class);
    }

    /** A board as its public complaint page names it. */
    public record PublicBoardName(String id, String name, String nameCy, boolean welsh, String dpoName)
            implements java.io.Serializable {
    }
}
