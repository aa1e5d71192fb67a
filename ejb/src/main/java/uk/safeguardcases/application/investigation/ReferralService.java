package uk.safeguardcases.application.investigation;

import java.time.Clock;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.domain.cases.Redaction;

import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.deadline.DeadlineState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.allegation.Allegation;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.OutcomeDecision;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceReview;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.referral.ReferralStatus;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The HR partner's side of a disciplinary referral (CHSCB 6.2): the inbox, the referral pack, the
 * acknowledgement, the outcome and an appeal. An HR partner reaches only referrals to their own
 * organisation on their own board; any other is "not found", exactly like a reference that does not exist.
 */
@Stateless
public class ReferralService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<PolicyStatements> declarations;

    /** Every process's own section of the pack (none of the core's). */
    @Inject
    private jakarta.enterprise.inject.Instance<ReferralPackSections> sections;

    @Inject
    private BoardRepository boards;

    @Inject
    private ReferralRepository referrals;

    private static final int MAX_LIST = 500;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private uk.safeguardcases.domain.allegation.AllegationRepository allegationRecords;

    @Inject
    private ReferralPackReadModel packRecords;

    @Inject
    private PersonRepository people;

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private MemberRequests memberRequests;

    /** Which referrals the inbox lists. */
    public enum Show {
        OPEN, CLOSED, ALL
    }

    /** Referrals to the caller's organisation: open ones first, the nearest acknowledgement deadline first. */
    public List<ReferralSummary> inbox(Show show) {
        Caller caller = CallerContext.require(Role.HR);
        Boolean open = switch (show == null ? Show.ALL : show) {
            case OPEN -> true;
            case CLOSED -> false;
            case ALL -> null;
        };
        return referrals.to(caller.organisationId(), open, MAX_LIST).stream().map(row -> {
            Referral r = row.referral();
            SafeguardingCase c = row.safeguardingCase();
            return new ReferralSummary(c.reference(), c.subjectName(), r.kind(), r.sentAt(), r.acknowledgementDue(),
                    acknowledgement(r), r.acknowledgedAt(), r.status(), r.hrOutcome());
        }).toList();
    }

    /** The referral pack for a referral to the caller's organisation; the page shows it and the PDF prints it. */
    public ReferralPack packFor(String reference) {
        Caller caller = CallerContext.require(Role.HR);
        SafeguardingCase c = cases.byReference(reference);
        return pack(c, referralFor(caller, c));
    }

    /** The same pack, as the HR partner gets it, for the board's officers and seniors; "not found" until referred. */
    public ReferralPack packForBoard(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.byReference(reference);
        return pack(c, referralOf(c).orElseThrow(() -> new NotFoundException(Texts.text("notFound.notReferred", c.reference()))));
    }

    /**
     * The pack exactly as the referral would send it if the caller approved it now, for a senior manager of the
     * case's board while the referral waits for their approval; "not found" for any other case (another board's
     * too). Nothing is kept: the referral it shows is made only for the pack.
     */
    public ReferralPack packForApproval(String reference) {
        Caller caller = CallerContext.require(Role.SENIOR);
        SafeguardingCase c = cases.byReference(reference);
        if (c.status() != CaseStatus.AWAITING_REFERRAL_APPROVAL || c.decision().outcome() == null
                || referralOf(c).isPresent()) {
            throw new NotFoundException(Texts.text("notFound.notAwaitingApproval", c.reference()));
        }
        Instant now = Instant.now(clock);
        Referral wouldBeSent = Referral.send(c.id(), c.organisation().id(),
                ReferralKind.valueOf(c.decision().outcome().name()), caller.username(), now,
                calendar.deadlines().hrAcknowledgement(now));
        return pack(c, wouldBeSent).awaitingApproval();
    }

    /**
     * The case of a referral to the HR partner's own organisation on their board (the check before its sent pack
     * is handed over); any other reference is "not found".
     */
    public long caseReferredToMe(String reference) {
        Caller caller = CallerContext.require(Role.HR);
        return referralFor(caller, cases.byReference(reference)).caseId();
    }

    /** The case of a referral made by the officer's or senior's board; "not found" until the case is referred. */
    public long caseReferredByBoard(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.byReference(reference);
        return referralOf(c).orElseThrow(() -> new NotFoundException(Texts.text("notFound.notReferred", c.reference()))).caseId();
    }

    /**
     * The pack at the moment the process sends the referral. Only for the process's own step, which runs as
     * the board's system caller (no person, so no role); a person is refused.
     */
    public ReferralPack packAsSent(long caseId) {
        Caller caller = CallerContext.current();
        if (!caller.roles().isEmpty()) {
            throw new AccessRefusedException(Texts.text("referral.sentByProcessOnly"));
        }
        SafeguardingCase c = cases.byId(caseId);
        return pack(c, referralOf(c).orElseThrow(() -> new NotFoundException(Texts.text("notFound.notReferred", c.reference()))));
    }

    private Optional<Referral> referralOf(SafeguardingCase c) {
        return referrals.ofCase(c.id());
    }

    /**
     * The third parties' details (names, other identifying words; one per line) the HR partner must not see in the
     * pack: marked by an officer or a senior manager until the pack is sent, and applied everywhere it shows them.
     * The timeline records how many terms, never the terms.
     */
    public void redactForHr(String reference, String terms) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.byReference(reference);
        if (terms != null && terms.length() > 4000) {
            throw new InvalidInputException(Map.of("redactions", Texts.text("input.tooLong", 4000)));
        }
        Optional<Referral> sent = referralOf(c).filter(r -> r.sentAt() != null);
        if (sent.isPresent()) {
            throw new TaskAlreadyDoneException(Texts.text("redaction.sent", c.reference()));
        }
        List<String> marked = Redaction.terms(terms);
        c.redactForHr(String.join("\n", marked));
        timeline.record(c.id(), AuditAction.REDACTIONS_MARKED, PlainFormat.count(marked.size(), "term", "terms")
                + " of third parties' details kept from the HR partner.");
    }

    /** What is marked to be kept from the HR partner, one term per line (empty for nothing). */
    public String redactionsFor(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        String terms = cases.toRead(reference).hrRedactions();
        return terms == null ? "" : terms;
    }

    /**
     * The one place the pack's content is made, for the senior's preview, the process's sending, the HR partner's
     * page, the API and the PDFs: so the preview is what is sent and the page is what was sent. Its timeline stops
     * at the pack's own sending: what happens later (the HR partner's acknowledgement and outcome, reminders) is
     * the HR side of the referral, not part of the pack, and must not change what the pack says (nor its count of
     * redacted passages) after it went.
     */
    private ReferralPack pack(SafeguardingCase c, Referral r) {
        Board board = boards.current();

        ReferralPack.Referred referred = new ReferralPack.Referred(c.reference(), c.subjectName(),
                Texts.wording(c.organisation().name(), c.organisation().nameCy()),
                Texts.wording(board.name(), board.nameCy()), r.kind(), c.summary(), c.source(), c.raisedAt(),
                r.sentAt(), r.approvedBy(), r.acknowledgementDue(), acknowledgement(r), r.remindedAt(),
                r.escalatedAt(), c.status());

        List<TimelineEntry> lines = untilThePackWasSent(timeline.sharedWithHr(c.id()));
        OutcomeDecision decided = c.decision();
        ReferralPack.Decision decision = new ReferralPack.Decision(decided.outcome(), nonNull(decided.findings()),
                decided.decidedBy(), r.approvedBy(), nonNull(decided.approvalNote()));

        List<Allegation> alleged = allegationRecords.allegationsOn(c.id());
        List<AllegationView> allegations = alleged.stream().map(AllegationService::view).toList();

        // What a reporter supplied is in the pack only once an officer reviewed it (the evidence's own rule).
        Map<Long, EvidenceReview> reviews = packRecords.reviewsOf(c.id());
        List<ReferralPack.EvidenceItem> evidence = packRecords.evidenceOf(c.id()).stream()
                .filter(e -> e.mayReachMemberOrHr(reviews.get(e.id())))
                .map(ReferralService::evidenceItem)
                .toList();

        List<ReferralPack.RequestItem> requests = Stream.of(RequestKind.REMOVAL, RequestKind.COOPERATION)
                .map(kind -> memberRequests.of(c.id(), kind)).flatMap(Optional::stream)
                .map(ReferralService::requestItem).toList();

        String decidedBy = c.decision().decidedBy();
        Person officer = decidedBy == null ? null : people.byUsername(decidedBy).orElse(null);
        ReferralPack.Contact contact = new ReferralPack.Contact(Texts.wording(board.name(), board.nameCy()),
                officer == null ? decidedBy : officer.displayName(), officer == null ? null : officer.email());

        ReferralPack.HrSide hr = new ReferralPack.HrSide(r.status(), r.acknowledgedAt(), r.acknowledgedBy(),
                r.hrOutcome(), r.outcomeDecidedOn(), r.outcomeNote(), r.outcomeRecordedBy(), r.outcomeRecordedAt(),
                r.appealed(), r.appealLodgedOn(), r.appealGrounds(), r.appealOutcome(), r.appealDecidedOn(),
                r.appealResult());
        List<TimelineLine> shown = lines.stream().map(TimelineLine::of).toList();
        List<TimelineLine> exchanges = shown.stream().filter(line -> AuditAction.isMemberRequestExchange(line.action()))
                .toList();
        ReferralPack.InWelsh welsh = !board.welshInterface() ? null : new ReferralPack.InWelsh(board.nameCy(),
                c.organisation().nameCy(), alleged.stream().filter(a -> a.clause().textCy() != null
                        && !a.clause().textCy().isBlank())
                        .collect(java.util.stream.Collectors.toMap(Allegation::id, a -> a.clause().textCy())),
                declarations.isResolvable() ? declarations.get().statementFor(c, Texts.WELSH).text() : null);
        return new ReferralPack(referred, decision, allegations, evidence, requests, exchanges, contact, hr, shown, 0,
                declarations.isResolvable() ? declarations.get().statementFor(c, CallerContext.language()) : null,
                welsh, sections.stream().flatMap(s -> s.sectionsFor(c, board.welshInterface()).stream()).toList())
                .redacted(Redaction.of(c.hrRedactions()));
    }

    /**
     * The timeline's entries up to and including the record of the pack's sending (or, for a referral sent before
     * packs were kept, up to the referral itself); all of them while the pack is not sent.
     */
    static List<TimelineEntry> untilThePackWasSent(List<TimelineEntry> lines) {
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String action = lines.get(i).action();
            if (AuditAction.REFERRAL_PACK_SENT.label().equals(action)) {
                end = i;
                break;
            }
            if (AuditAction.REFERRED_TO_PARENT_ORGANISATION.label().equals(action) && end < 0) {
                end = i;
            }
        }
        return end < 0 ? lines : lines.subList(0, end + 1);
    }

    /**
     * A piece of evidence as the HR partner may see it. Illegal imagery was reported to the IWF / CEOP: HR learns
     * only that an item was captured, when, by whom and how; its address, hash and report reference stay with
     * the board.
     */
    private static ReferralPack.EvidenceItem evidenceItem(Evidence e) {
        if (e.illegalImagery()) {
            return new ReferralPack.EvidenceItem(e.numberInCase(), null, e.platform(), e.captureMethod(),
                    e.captureForm(), e.capturedAt(), e.capturedBy(), null, null, null, true);
        }
        return new ReferralPack.EvidenceItem(e.numberInCase(), e.url(), e.platform(), e.captureMethod(),
                e.captureForm(), e.capturedAt(), e.capturedBy(), e.contentSha256(), e.capturedText(), e.fileName(),
                false);
    }

    /** Acknowledges the referral, once; a second acknowledgement is told who made the first, and when. */
    public void acknowledge(String reference) {
        Caller caller = CallerContext.require(Role.HR);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Referral referral = referralFor(caller, safeguardingCase);
        if (referral.acknowledgedAt() != null) {
            throw TaskAlreadyDoneException.doneBy(Texts.text("step.acknowledgement"), safeguardingCase.reference(),
                    PeopleNames.describedToCaller(referral.acknowledgedBy()), referral.acknowledgedAt());
        }
        referral.acknowledge(caller.username(), Instant.now(clock));
        timeline.record(safeguardingCase.id(), AuditAction.REFERRAL_ACKNOWLEDGED, "By the HR partner");
        tasks.deliver(safeguardingCase, InvestigationProcess.AWAIT_HR_ACKNOWLEDGEMENT,
                InvestigationProcess.HR_ACKNOWLEDGEMENT_MESSAGE, Texts.text("step.acknowledgement"), Map.of());
    }

    /** The outcome and, if there was one, the appeal's result in one go (its result as free text). */
    public void recordOutcome(String reference, HrOutcome outcome, boolean appealed, String appealResult) {
        Caller caller = CallerContext.require(Role.HR);
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", Texts.text("referral.outcome.missing"));
        }
        String appeal = Inputs.text(problems, "appealResult", appealResult, 200,
                appealed ? Texts.text("referral.appealResult.missing") : null);
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Referral referral = referralFor(caller, safeguardingCase);
        refuseIfOutcomeRecorded(safeguardingCase, referral);
        referral.recordOutcome(outcome, appealed, appeal.isEmpty() ? null : appeal, caller.username(), Instant.now(clock));
        timeline.record(safeguardingCase.id(), AuditAction.DISCIPLINARY_OUTCOME_RECORDED, outcome.label()
                + (appealed ? "; appeal: " + appeal : ""));
        deliverOutcome(safeguardingCase, outcome);
    }

    /**
     * The disciplinary outcome the parent organisation decided on {@code decidedOn}, with a note. The process
     * then closes the case; an appeal can still be recorded afterwards.
     */
    public void recordOutcome(String reference, HrOutcome outcome, LocalDate decidedOn, String note) {
        Caller caller = CallerContext.require(Role.HR);
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", Texts.text("referral.outcome.missing"));
        }
        String text = Inputs.text(problems, "note", note, 4000, Texts.text("referral.note.missing"));
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Referral referral = referralFor(caller, safeguardingCase);
        refuseIfOutcomeRecorded(safeguardingCase, referral);
        LocalDate sentOn = referral.sentAt().atZone(WorkingCalendar.UK).toLocalDate();
        checkDay(problems, "decidedOn", decidedOn, Texts.text("referral.decidedOn.missing"), sentOn,
                Texts.text("referral.decidedOn.beforeSent", Texts.date(sentOn)));
        Inputs.check(problems);
        referral.recordOutcome(outcome, decidedOn, text, caller.username(), Instant.now(clock));
        timeline.record(safeguardingCase.id(), AuditAction.DISCIPLINARY_OUTCOME_RECORDED, outcome.label() + ", decided on "
                + PlainFormat.dayInFull(Locale.ENGLISH, decidedOn) + ". " + text);
        deliverOutcome(safeguardingCase, outcome);
    }

    /** The member appealed against the outcome; the referral is open again until the appeal's result. */
    public void lodgeAppeal(String reference, LocalDate lodgedOn, String grounds) {
        Caller caller = CallerContext.require(Role.HR);
        Map<String, String> problems = new LinkedHashMap<>();
        String text = Inputs.text(problems, "grounds", grounds, 4000, Texts.text("referral.grounds.missing"));
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Referral referral = referralFor(caller, safeguardingCase);
        if (referral.appealed()) {
            throw TaskAlreadyDoneException.doneBy(Texts.text("step.lodgingAppeal"), safeguardingCase.reference(),
                    PeopleNames.describedToCaller(
                            Optional.ofNullable(referral.appealLodgedBy()).orElse(referral.outcomeRecordedBy())),
                    Optional.ofNullable(referral.appealLodgedAt()).orElse(referral.outcomeRecordedAt()));
        }
        if (referral.hrOutcome() == null) {
            throw new TaskAlreadyDoneException(Texts.text("referral.appeal.beforeOutcome",
                    safeguardingCase.reference()));
        }
        LocalDate earliest = outcomeDay(referral);
        checkDay(problems, "lodgedOn", lodgedOn, Texts.text("referral.lodgedOn.missing"), earliest,
                Texts.text("referral.lodgedOn.beforeOutcome", Texts.date(earliest)));
        Inputs.check(problems);
        referral.lodgeAppeal(lodgedOn, text, caller.username(), Instant.now(clock));
        timeline.record(safeguardingCase.id(), AuditAction.APPEAL_LODGED, "Lodged on " + PlainFormat.dayInFull(Locale.ENGLISH, lodgedOn) + ". " + text);
    }

    /** How the appeal ended, decided on {@code decidedOn}. */
    public void recordAppealResult(String reference, AppealOutcome result, LocalDate decidedOn, String note) {
        Caller caller = CallerContext.require(Role.HR);
        Map<String, String> problems = new LinkedHashMap<>();
        if (result == null) {
            problems.put("appealOutcome", Texts.text("referral.appealOutcome.missing"));
        }
        String text = Inputs.text(problems, "note", note, 200, Texts.text("referral.appealNote.missing"));
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Referral referral = referralFor(caller, safeguardingCase);
        if (referral.status() != ReferralStatus.UNDER_APPEAL) {
            if (referral.appealDecidedAt() != null) {
                throw TaskAlreadyDoneException.doneBy(Texts.text("step.recordingAppealResult"), safeguardingCase.reference(),
                        PeopleNames.describedToCaller(referral.appealDecidedBy()), referral.appealDecidedAt());
            }
            throw new TaskAlreadyDoneException(Texts.text("referral.noAppeal", safeguardingCase.reference()));
        }
        LocalDate earliest = referral.appealLodgedOn() == null ? outcomeDay(referral) : referral.appealLodgedOn();
        checkDay(problems, "decidedOn", decidedOn, Texts.text("referral.appealDecidedOn.missing"), earliest,
                Texts.text("referral.appealDecidedOn.beforeLodged", Texts.date(earliest)));
        Inputs.check(problems);
        referral.decideAppeal(result, decidedOn, text, caller.username(), Instant.now(clock));
        timeline.record(safeguardingCase.id(), AuditAction.APPEAL_RESULT_RECORDED, result.label() + ", decided on "
                + PlainFormat.dayInFull(Locale.ENGLISH, decidedOn) + ". " + text);
    }

    private static void refuseIfOutcomeRecorded(SafeguardingCase safeguardingCase, Referral referral) {
        if (referral.hrOutcome() != null) {
            throw TaskAlreadyDoneException.doneBy(Texts.text("step.recordingOutcome"), safeguardingCase.reference(),
                    PeopleNames.describedToCaller(referral.outcomeRecordedBy()), referral.outcomeRecordedAt());
        }
    }

    private void deliverOutcome(SafeguardingCase safeguardingCase, HrOutcome outcome) {
        tasks.deliver(safeguardingCase, InvestigationProcess.AWAIT_HR_OUTCOME, InvestigationProcess.HR_OUTCOME_MESSAGE,
                Texts.text("step.disciplinaryOutcome"), Map.of(InvestigationProcess.HR_OUTCOME, outcome.name()));
    }

    private static LocalDate outcomeDay(Referral referral) {
        return referral.outcomeDecidedOn() != null ? referral.outcomeDecidedOn()
                : referral.outcomeRecordedAt().atZone(WorkingCalendar.UK).toLocalDate();
    }

    private void checkDay(Map<String, String> problems, String field, LocalDate day, String whenMissing,
            LocalDate earliest, String whenTooEarly) {
        if (day == null) {
            problems.putIfAbsent(field, whenMissing);
        } else if (day.isAfter(LocalDate.now(clock.withZone(WorkingCalendar.UK)))) {
            problems.putIfAbsent(field, Texts.text("input.date.future"));
        } else if (day.isBefore(earliest)) {
            problems.putIfAbsent(field, whenTooEarly);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static ReferralPack.RequestItem requestItem(MemberRequest request) {
        return new ReferralPack.RequestItem(request.kind(), request.sentAt(), request.deadline(), request.response(),
                request.responseText(), request.respondedAt(), request.decision(), request.nonComplianceAt());
    }

    private Referral referralFor(Caller caller, SafeguardingCase safeguardingCase) {
        return referrals.ofCaseTo(safeguardingCase.id(), caller.organisationId())
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.referral",
                        safeguardingCase.reference())));
    }

    /** The acknowledgement deadline's state now; "due soon" from the moment the process reminds the HR partner. */
    private DeadlineState acknowledgement(Referral referral) {
        return referral.acknowledgeBy().stateAt(Instant.now(clock), referral.acknowledgedAt());
    }
}
