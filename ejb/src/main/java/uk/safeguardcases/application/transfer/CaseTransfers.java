package uk.safeguardcases.application.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.investigation.ReferralPackReadModel;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.allegation.Allegation;
import uk.safeguardcases.domain.allegation.AllegationRepository;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.Finding;
import uk.safeguardcases.domain.cases.OutcomeDecision;
import uk.safeguardcases.domain.cases.Redaction;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceReview;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.transfer.FileWords;
import uk.safeguardcases.domain.transfer.ReceivedFile;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.transfer.CaseTransfer;
import uk.safeguardcases.domain.transfer.FollowUpResult;
import uk.safeguardcases.domain.transfer.LegalBasis;
import uk.safeguardcases.domain.transfer.ReceivedItem;
import uk.safeguardcases.domain.transfer.SenderChange;
import uk.safeguardcases.domain.transfer.TransferAction;
import uk.safeguardcases.domain.transfer.TransferPackage;
import uk.safeguardcases.domain.transfer.TransferProcess;
import uk.safeguardcases.domain.transfer.TransferRepository.BoardName;
import uk.safeguardcases.domain.transfer.TransferRepository;
import uk.safeguardcases.domain.transfer.TransferRule;
import uk.safeguardcases.domain.transfer.TransferStatus;

/**
 * Sending a case to another board (issue 67), on the sending board's side: a senior manager chooses the board, what
 * goes, the legal basis and the reason; a second senior manager checks it when the board's rule asks; the transfer's
 * process delivers what goes ({@link TransferCrossing}) and brings back the receiving board's answer. Only the
 * board's senior managers send and check; its officers read what was sent of a case.
 */
@Stateless
public class CaseTransfers {

    private static final int MOST_LISTED = 200;
    /** The most the files of one transfer may come to (an evidence file is at most 10 MB; a package, 18 MB). */
    static final long FILES_MOST_BYTES = 12L * 1024 * 1024;

    @Inject
    private Clock clock;

    @Inject
    private CaseLookup cases;

    @Inject
    private BoardRepository boards;

    @Inject
    private TransferRepository transfers;

    @Inject
    private AllegationRepository allegations;

    @Inject
    private ReferralPackReadModel caseEvidence;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private PublicReportRepository publicReports;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private TransferMail mail;

    @Inject
    private BoardNames names;

    @Inject
    private ReceivedTransfers receiving;

    /** What the senior manager may choose for sending the case {@code reference}. */
    public SendChoices choicesFor(String reference) {
        CallerContext.require(Role.SENIOR);
        SafeguardingCase c = cases.toRead(reference);
        List<SendChoices.EvidenceChoice> evidence = mayGo(c).stream()
                .map(e -> new SendChoices.EvidenceChoice(e.numberInCase(), evidenceTitle(e), e.hasFile())).toList();
        return new SendChoices(destinations(boards.current()), evidence,
                allegations.allegationsOn(c.id()).size(), c.hrRedactions() == null ? "" : c.hrRedactions(),
                List.of(LegalBasis.values()), secondSenior(), tellMember(), mail.memberReachable(c),
                referrals.sentPackCopy(c.id()).isPresent());
    }

    /**
     * A senior manager sends the case {@code reference} to another board: checked here, then started as the
     * transfer's process, which waits for a second senior manager's check when the board's rule asks and otherwise
     * sends it at once. Returns the transfer's id.
     */
    public long propose(String reference, SendInput input) {
        Caller senior = CallerContext.require(Role.SENIOR);
        SafeguardingCase c = cases.byReference(reference);
        Board board = boards.current();
        Checked checked = checked(c, board, input);
        BoardName target = checked.target();
        LegalBasis basis = checked.basis();
        String reason = checked.reason();
        List<String> terms = checked.terms();
        String redactions = String.join("\n", terms);
        boolean second = secondSenior();
        CaseTransfer transfer = target.id() == null
                ? CaseTransfer.proposeToAnotherDeployment(c.id(), c.reference(), target.name(), basis, reason,
                        input.withAllegations(), input.evidenceNumbers(), redactions, senior.username(),
                        Instant.now(clock), second)
                : CaseTransfer.propose(c.id(), c.reference(), board.id(), target.id(), basis, reason,
                        input.withAllegations(), input.evidenceNumbers(), redactions, senior.username(),
                        Instant.now(clock), second);
        transfer.memberNotice(tellMember(), input.memberNotToldReason());
        transfer.sendFiles(input.withFiles());
        transfers.add(transfer);
        timeline.record(c.id(), TransferAction.TRANSFER_PROPOSED, "To " + target.name()
                + (target.id() == null ? ", on another deployment, as a signed package" : "") + " ("
                + basis.label() + "): the summary and findings" + (input.withAllegations() ? ", the allegations" : "")
                + " and " + PlainFormat.count(input.evidenceNumbers().size(), "evidence item", "evidence items")
                + (input.withFiles() ? ", with the files" : "") + "; "
                + PlainFormat.count(terms.size(), "term", "terms") + " of third parties' details redacted."
                + (second ? " A second senior manager is to check it." : "")
                + (transfer.tellMember() ? " The member is to be told once it has gone."
                        : transfer.memberNotToldReason() != null ? " The member is not to be told: telling them would"
                                + " prejudice an enquiry: " + transfer.memberNotToldReason()
                                : " The member is not told (the board's rule)."));
        transfer.startedAs(processes.start(TransferProcess.KEY, c.reference(), Map.of(TransferProcess.TRANSFER_ID,
                transfer.id(), TransferProcess.SECOND_SENIOR, second)));
        if (second) {
            mail.toCheck(c, senior.username());
        }
        return transfer.id();
    }

    /**
     * Checks the senior manager's choices for sending the case {@code reference} without sending anything (the page's
     * check step comes after it): {@link InvalidInputException} naming each field that is wrong.
     */
    public void validate(String reference, SendInput input) {
        CallerContext.require(Role.SENIOR);
        checked(cases.toRead(reference), boards.current(), input);
    }

    /** The choices, checked: the board it goes to, the legal basis, the reason and the redactions' terms. */
    private record Checked(BoardName target, LegalBasis basis, String reason, List<String> terms) {
    }

    private Checked checked(SafeguardingCase c, Board board, SendInput input) {
        Map<String, String> problems = new LinkedHashMap<>();
        String to = trimmed(input.toBoard());
        Optional<BoardName> target = destinations(board).stream().filter(b -> b.id().equals(to)).findFirst();
        String elsewhere = trimmed(input.toElsewhere());
        if (SendInput.ANOTHER_DEPLOYMENT.equals(to)) {
            // A board on another deployment, named as its senior managers name it: a package goes, by hand.
            target = Optional.of(new BoardName(null, elsewhere, elsewhere));
            if (elsewhere.isEmpty()) {
                problems.put("toElsewhere", TransferWords.text("send.toElsewhere.missing"));
            } else if (elsewhere.length() > CaseTransfer.ELSEWHERE_MAX) {
                problems.put("toElsewhere", TransferWords.text("input.tooLong", CaseTransfer.ELSEWHERE_MAX));
            } else if (transfers.sentOfCase(c.id()).stream().anyMatch(t -> t.asPackage()
                    && t.toElsewhere().equalsIgnoreCase(elsewhere) && !t.status().settled())) {
                problems.put("toElsewhere", TransferWords.text("send.toBoard.pending", elsewhere));
            }
        } else if (to.isEmpty()) {
            problems.put("toBoard", TransferWords.text("send.toBoard.missing"));
        } else if (target.isEmpty()) {
            problems.put("toBoard", TransferWords.text("send.toBoard.unknown"));
        } else if (transfers.sentOfCase(c.id()).stream()
                .anyMatch(t -> to.equals(t.toBoard()) && !t.status().settled())) {
            problems.put("toBoard", TransferWords.text("send.toBoard.pending", target.get().name()));
        }
        LegalBasis basis = legalBasis(input.legalBasis());
        if (basis == null) {
            problems.put("legalBasis", TransferWords.text("send.legalBasis.missing"));
        }
        String reason = trimmed(input.reason());
        if (reason.isEmpty()) {
            problems.put("reason", TransferWords.text("send.reason.missing"));
        } else if (reason.length() > CaseTransfer.REASON_MAX) {
            problems.put("reason", TransferWords.text("input.tooLong", CaseTransfer.REASON_MAX));
        }
        Set<Integer> mayGo = new LinkedHashSet<>(mayGo(c).stream().map(Evidence::numberInCase).toList());
        if (!mayGo.containsAll(input.evidenceNumbers())) {
            problems.put("evidence", TransferWords.text("send.evidence.unknown"));
        }
        if (input.memberNotToldReason() != null && input.memberNotToldReason().strip().length() > CaseTransfer.REASON_MAX) {
            problems.put("memberNotToldReason", TransferWords.text("input.tooLong", CaseTransfer.REASON_MAX));
        }
        if (input.withFiles()) {
            long bytes = mayGo(c).stream().filter(e -> input.evidenceNumbers().contains(e.numberInCase()))
                    .filter(Evidence::hasFile).mapToLong(Evidence::fileSize).sum()
                    + referrals.sentPackCopy(c.id()).map(p -> p.sizeBytes() == null ? 0L : (long) p.sizeBytes())
                            .orElse(0L);
            if (bytes > FILES_MOST_BYTES) {
                problems.put("withFiles", TransferWords.text("send.files.tooBig", bytes / (1024 * 1024),
                        FILES_MOST_BYTES / (1024 * 1024)));
            } else {
                // The pack is a file, not redacted: it goes only when it names no one the words are redacted of.
                List<String> mustNotGo = new ArrayList<>(Redaction.terms(input.redactions()));
                publicReports.ofCase(c.id()).ifPresent(report -> mustNotGo.addAll(reporterTerms(report)));
                if (referrals.sentPack(c.id()).filter(p -> FileWords.pdfNames(p.content(), mustNotGo)).isPresent()) {
                    problems.put("withFiles", TransferWords.text("send.files.packNames"));
                }
            }
        }
        List<String> terms = Redaction.terms(input.redactions());
        if (String.join("\n", terms).length() > CaseTransfer.REDACTIONS_MAX) {
            problems.put("redactions", TransferWords.text("input.tooLong", CaseTransfer.REDACTIONS_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(target.orElseThrow(), basis, reason, terms);
    }

    /** A second senior manager agrees (it goes) or refuses (saying why: nothing goes) the transfer {@code id}. */
    public void check(long id, boolean agree, String note) {
        Caller senior = CallerContext.require(Role.SENIOR);
        CaseTransfer transfer = transfers.sent(id).orElseThrow(() -> notFound(id));
        if (transfer.status() != TransferStatus.AWAITING_CHECK) {
            throw new TaskAlreadyDoneException(TransferWords.text("check.done"));
        }
        if (!transfer.mayBeCheckedBy(senior.username())) {
            throw new AccessRefusedException(TransferWords.text("check.secondSenior"));
        }
        String said = trimmed(note);
        if (!agree && said.isEmpty()) {
            throw new InvalidInputException(Map.of("note", TransferWords.text("check.note.missing")));
        }
        if (said.length() > CaseTransfer.REASON_MAX) {
            throw new InvalidInputException(Map.of("note", TransferWords.text("input.tooLong",
                    CaseTransfer.REASON_MAX)));
        }
        Instant now = Instant.now(clock);
        if (agree) {
            transfer.agree(senior.username(), said, now);
        } else {
            transfer.refuse(senior.username(), said, now);
        }
        timeline.record(transfer.caseId(), agree ? TransferAction.TRANSFER_AGREED : TransferAction.TRANSFER_REFUSED,
                "To " + names.inEnglish(transfer) + (said.isEmpty() ? "." : ": " + said));
        processes.deliver(transfer.processInstanceId(), TransferProcess.CHECK, TransferProcess.CHECKED,
                Map.of(TransferProcess.AGREED, agree));
    }

    /**
     * What the case {@code reference} has of transfers, for its page: those sent to other boards (newest first) and
     * what came with it from another board; one statement for a case that has neither.
     */
    public OnCasePage onCase(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(reference);
        TransferRepository.OnCase on = transfers.onCase(c.id());
        return new OnCasePage(on.sent() ? transfers.sentOfCase(c.id()).stream().map(t -> view(t, caller)).toList()
                : List.of(), on.received() ? receiving.ofCase(reference).orElse(null) : null);
    }

    /** A case's transfers sent, and what came with it (null when it came from no other board). */
    public record OnCasePage(List<SentTransfer> sent, ReceivedCase came) {
    }

    /** The board's transfers, newest first. */
    public List<SentTransfer> sentList() {
        Caller senior = CallerContext.require(Role.SENIOR);
        return transfers.sentNewestFirst(MOST_LISTED).stream().map(t -> view(t, senior)).toList();
    }

    /** The board's transfer {@code id}. */
    public SentTransfer sent(long id) {
        Caller senior = CallerContext.require(Role.SENIOR);
        return view(transfers.sent(id).orElseThrow(() -> notFound(id)), senior);
    }

    /** Whether the board's rule asks a second senior manager to check each sending. */
    public boolean secondSenior() {
        return transfers.rule().map(TransferRule::secondSenior).orElse(false);
    }

    /** Whether the board's rule tells the member once a case about them has gone to another board (none set: yes). */
    public boolean tellMember() {
        return transfers.rule().map(TransferRule::tellMember).orElse(true);
    }

    /**
     * The board's administrator sets whether a second senior manager checks each sending, and whether the member is
     * told once a case about them has gone.
     */
    public void changeRule(boolean secondSenior, boolean tellMember) {
        Caller admin = CallerContext.require(Role.ADMIN);
        Instant now = Instant.now(clock);
        Optional<TransferRule> rule = transfers.rule();
        if (rule.isPresent()) {
            rule.get().change(secondSenior, tellMember, admin.username(), now);
        } else {
            transfers.add(TransferRule.of(secondSenior, tellMember, admin.username(), now));
        }
        timeline.record(null, TransferAction.TRANSFER_RULE_CHANGED, (secondSenior
                ? "A second senior manager checks each case sent to another board."
                : "A case is sent to another board without a second senior manager's check.")
                + (tellMember ? " The member is told once it has gone, unless telling them would prejudice an enquiry."
                        : " The member is not told."));
    }

    /**
     * Retention's step (as the board's system caller): what the board holds of transfers whose case was removed goes
     * with it, on both sides. Returns how many records went.
     */
    public int removeOfRemovedCases() {
        TransferCrossing.requireSystem();
        return transfers.removeOfRemovedCases();
    }

    // The transfer's own steps, run by its process as the board's system caller (TransferCrossing).

    /**
     * What goes to the receiving board, made as it goes: the case's summary, the person and their organisation, the
     * outcome and findings, the allegations when chosen and the chosen evidence items, with the transfer's
     * redactions (and the name and addresses of whoever raised it on the public page) applied to every text.
     */
    public TransferPackage packageFor(long id) {
        TransferCrossing.requireSystem();
        CaseTransfer transfer = transfers.sent(id).orElseThrow(() -> notFound(id));
        if (transfer.status() != TransferStatus.SENDING) {
            throw new IllegalStateException("Transfer " + id + " is " + transfer.status() + ", not being sent");
        }
        SafeguardingCase c = cases.byId(transfer.caseId());
        List<String> terms = new ArrayList<>(Redaction.terms(transfer.redactions()));
        publicReports.ofCase(c.id()).ifPresent(report -> terms.addAll(reporterTerms(report)));
        Redaction redaction = Redaction.of(String.join("\n", terms));
        List<ReceivedItem> items = new ArrayList<>();
        if (transfer.withAllegations()) {
            for (Allegation a : allegations.allegationsOn(c.id())) {
                items.add(ReceivedItem.allegation(redaction.apply(allegationTitle(a)),
                        redaction.apply(a.particulars())));
            }
        }
        Set<Integer> chosen = Set.copyOf(transfer.evidenceNumbers());
        List<TransferPackage.File> files = new ArrayList<>();
        for (Evidence e : mayGo(c)) {
            if (chosen.contains(e.numberInCase())) {
                items.add(ReceivedItem.evidence(redaction.apply(evidenceTitle(e)), redaction.apply(e.capturedText()),
                        redaction.apply(e.url()), e.contentSha256(), e.capturedAt()));
                if (transfer.withFiles() && e.hasFile()) {
                    files.add(new TransferPackage.File(ReceivedFile.Kind.EVIDENCE,
                            redaction.apply(evidenceTitle(e)),
                            // Never the name it was uploaded with (it may name the reporter or a third party).
                            uk.safeguardcases.domain.evidence.FileType.evidenceFileName(e.numberInCase(),
                                    e.contentType()), e.contentType(), e.contentSha256(), capturedFile(c, e)));
                }
            }
        }
        if (transfer.withFiles()) {
            referrals.sentPack(c.id()).ifPresent(pack -> {
                byte[] content = pack.content();
                if (!uk.safeguardcases.domain.evidence.ContentHash.sha256Hex(content).equals(pack.sha256())) {
                    throw new IllegalStateException("The referral pack of case " + c.reference() + " is not the one"
                            + " sent: it does not go");
                }
                files.add(new TransferPackage.File(ReceivedFile.Kind.REFERRAL_PACK,
                        "Referral pack as sent to the HR partner, "
                                + uk.safeguardcases.application.Texts.when(Locale.UK, pack.sentAt()),
                        "referral-pack-" + c.reference() + ".pdf", "application/pdf", pack.sha256(), content));
            });
        }
        OutcomeDecision decided = c.decision();
        Finding finding = c.finding();
        return new TransferPackage(boards.current().id(), transfer.id(), c.reference(), transfer.legalBasis(),
                redaction.apply(transfer.reason()), c.subjectName(),
                c.organisation() == null ? null : c.organisation().name(), redaction.apply(c.summary()),
                decided == null || decided.outcome() == null ? null : decided.outcome().name(),
                decided == null ? null : redaction.apply(decided.findings()),
                finding == null || finding.found() == null ? null : finding.found().name(), redaction.count(), items,
                files);
    }

    /** An evidence item's file, as captured: refused (the step fails, and is shown as stuck) when it was changed. */
    private byte[] capturedFile(SafeguardingCase c, Evidence e) {
        byte[] content = transfers.evidenceFile(e.fileId()).orElse(null);
        if (!e.isCapturedFile(content)) {
            throw new IllegalStateException("The file of evidence " + e.numberInCase() + " on case " + c.reference()
                    + " is not the one captured: it does not go");
        }
        return content;
    }

    /** The board the transfer {@code id} goes to. */
    public String destinationOf(long id) {
        TransferCrossing.requireSystem();
        return transfers.sent(id).orElseThrow(() -> notFound(id)).toBoard();
    }

    /** The receiving board holds it now (its process started there): recorded once, however often delivered. */
    public void markSent(long id) {
        TransferCrossing.requireSystem();
        CaseTransfer transfer = transfers.sent(id).orElseThrow(() -> notFound(id));
        if (transfer.sent(Instant.now(clock))) {
            timeline.record(transfer.caseId(), TransferAction.TRANSFER_SENT, "To " + names.inEnglish(transfer)
                    + " (" + transfer.legalBasis().label() + ").");
            if (transfer.tellMember()) {
                SafeguardingCase c = cases.byId(transfer.caseId());
                if (mail.toMember(c, transfer, names.inEnglish(transfer), names.welsh(transfer))) {
                    transfer.memberTold(Instant.now(clock));
                    timeline.record(c.id(), TransferAction.TRANSFER_MEMBER_TOLD, "The member was told by e-mail that"
                            + " the case went to " + names.inEnglish(transfer) + ".");
                } else {
                    timeline.record(c.id(), TransferAction.TRANSFER_MEMBER_NOT_REACHED, "The member has no account"
                            + " with an e-mail address on the board: to be told another way that the case went to "
                            + names.inEnglish(transfer) + ".");
                }
            }
        }
    }

    /** The receiving board's answer came back: recorded on the case, and the board's senior managers told. */
    public void answered(long id, TransferAnswer answer) {
        TransferCrossing.requireSystem();
        CaseTransfer transfer = transfers.sent(id).orElseThrow(() -> notFound(id));
        if (!transfer.decided(answer.accepted(), answer.reason(), answer.theirReference(), Instant.now(clock))) {
            return;
        }
        String to = names.inEnglish(transfer);
        timeline.record(transfer.caseId(), answer.accepted() ? TransferAction.TRANSFER_ACCEPTED_THERE
                : TransferAction.TRANSFER_DECLINED_THERE, answer.accepted()
                        ? to + " accepted it as its case " + answer.theirReference() + "."
                        : to + " declined it: " + answer.reason());
        mail.decided(transfer, cases.byId(transfer.caseId()));
    }

    /**
     * The follow-up process's last part, as the board's system caller: what the board {@code toBoard} did when told
     * the change {@code told} of the case {@code caseId}, recorded on the case (also once the case itself is removed:
     * the entry names the boards and the change, never the person).
     */
    public void followedUp(long caseId, String toBoard, SenderChange.Told told, FollowUpResult result) {
        TransferCrossing.requireSystem();
        String to = names.inEnglish(toBoard);
        timeline.record(caseId, TransferAction.TRANSFER_CHANGE_TOLD, switch (result) {
            case MARKED -> to + " was told: " + told.inEnglish() + ". It marked what it received.";
            case COPY_REMOVED -> to + " was told: " + told.inEnglish() + ". It removed its copy too.";
            case COPY_KEPT_UNDER_HOLD -> to + " was told: " + told.inEnglish() + ". Its own legal hold on the case it"
                    + " opened keeps its copy until the hold is lifted.";
            case NOTHING_HELD -> to + " was told: " + told.inEnglish() + ". It holds nothing of the case any more.";
        });
    }

    /**
     * The copy-erased process's last part, as the board's system caller: the board {@code toBoard} erased the copy its
     * legal hold kept of the case {@code reference} this board removed. On the board's timeline, not a case's (the case
     * is gone): the boards and the reference, never the person.
     */
    public void copyErasedThere(String toBoard, String reference) {
        TransferCrossing.requireSystem();
        timeline.record(null, TransferAction.TRANSFER_COPY_ERASED_THERE, names.inEnglish(toBoard) + " lifted its"
                + " legal hold and erased the copy it kept of case " + reference + ", as this board asked when it"
                + " removed its record.");
    }

    /** The boards a case may be sent to: every other board of the deployment but a suspended one. */
    private List<BoardName> destinations(Board board) {
        Set<String> suspended = boards.suspendedBoards();
        return transfers.otherBoards(board.id()).stream().filter(b -> !suspended.contains(b.id())).toList();
    }

    /** The evidence items that may go: a reporter's only once an officer reviewed them, illegal imagery never. */
    private List<Evidence> mayGo(SafeguardingCase c) {
        Map<Long, EvidenceReview> reviews = caseEvidence.reviewsOf(c.id());
        return caseEvidence.evidenceOf(c.id()).stream().filter(e -> !e.illegalImagery())
                .filter(e -> e.mayReachMemberOrHr(reviews.get(e.id()))).toList();
    }

    private static List<String> reporterTerms(PublicReport report) {
        List<String> terms = new ArrayList<>();
        for (String detail : new String[] {report.reporterName(), report.reporterEmail(), report.reporterPhone()}) {
            if (detail != null && !detail.isBlank()) {
                terms.add(detail.strip());
            }
        }
        return terms;
    }

    private static String evidenceTitle(Evidence e) {
        return "Evidence " + e.numberInCase() + ": " + (e.platform() == null ? "" : e.platform().label())
                + (e.fileName() != null ? ", " + e.fileName() : "") + ", captured "
                + uk.safeguardcases.application.Texts.when(Locale.UK, e.capturedAt());
    }

    private static String allegationTitle(Allegation a) {
        return a.clause().reference() + " " + a.clause().text() + " (" + a.category().label() + ", "
                + a.severity().label() + (a.possibleOffence() == null ? "" : "; " + a.possibleOffence().label())
                + ")";
    }

    private SentTransfer view(CaseTransfer t, Caller reader) {
        return new SentTransfer(t.id(), t.caseReference(), t.toBoard(), names.shown(t), t.legalBasis(),
                t.reason(), t.withAllegations(), t.evidenceNumbers(), Redaction.terms(t.redactions()).size(),
                t.status(), t.proposedBy(), t.proposedAt(), t.checkedBy(), t.checkedAt(), t.checkNote(), t.sentAt(),
                t.decidedAt(), t.decisionReason(), t.receivedReference(),
                reader.has(Role.SENIOR) && t.mayBeCheckedBy(reader.username()), t.tellMember(),
                t.memberNotToldReason(), t.memberToldAt(), t.asPackage());
    }


    private static LegalBasis legalBasis(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return LegalBasis.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(TransferWords.text("notFound", id));
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
