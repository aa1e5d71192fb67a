package uk.safeguardcases.application.publicconcern;

import java.time.Clock;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.EvidenceUrl;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.publicconcern.AddressConfirmation;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicConcernNotice;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.ReceiptCode;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportMessage;
import uk.safeguardcases.domain.publicconcern.ReportStatus;
import uk.safeguardcases.domain.publicconcern.ReportThrottle;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;
import uk.safeguardcases.domain.publicconcern.WorkChallenge;

/**
 * Concerns from anyone (issue 41): a board's public page raises an ordinary concern (triage, deadlines, timeline and
 * process as for any other), keeps who the reporter is for the board's officers and seniors alone, and gives the
 * reporter a receipt code to come back with. Nobody is signed in on the public pages: each step works as the board
 * named in the address, under the page's own caller ({@link #REPORTER}); limits per address and per board, and a
 * proof-of-work, keep out floods; every wrong code gets one answer.
 */
@Stateless
public class PublicConcerns {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** Who the timeline and the case name for what the reporter does: never the reporter. */
    public static final String REPORTER = "public-page";
    /** The organisation a concern is raised at when the reporter named one that is not on the board's list. */
    static final String NOT_YET_KNOWN = "Not yet known (named on the public page)";
    /** The page whose button confirms a reporter's e-mail address (the link in the one e-mail sent before). */
    public static final String CONFIRM_PAGE = "/concern/confirm-address.xhtml";
    private static final int WHAT_MAX = 4000;
    private static final int ADDRESSES_MOST = 5;
    private static final int FILES_MOST = 5;
    private static final int ORGANISATION_MAX = 200;
    /** What one report may be given after it was sent: answers, and files (counted with those it was sent with). */
    static final int ANSWERS_MOST = 50;
    static final int REPORT_FILES_MOST = 20;
    static final long REPORT_BYTES_MOST = 50L * 1024 * 1024;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Closed without an investigation: the reporter's details go after the board's period for triage closures. */
    private static final Set<ClosureReason> NEVER_INVESTIGATED = EnumSet.of(ClosureReason.NO_FURTHER_ACTION,
            ClosureReason.ADVICE_ONLY, ClosureReason.LOW_LEVEL_CONCERN, ClosureReason.AUTHORISATION_REFUSED);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{6,40}");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private CaseService cases;

    @Inject
    private EvidenceService evidence;

    @Inject
    private uk.safeguardcases.application.tenancy.CaseLookup caseLookup;

    @Inject
    private TimelineService timeline;

    @Inject
    private Outbox outbox;

    // ---------------------------------------------------------------- the public pages (nobody signed in)

    /** The board of a public page's address, or empty for an address that names none. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<PublicBoard> board(String boardId) {
        if (boardId == null || !boardId.matches("[a-z0-9-]{1,20}")) {
            return Optional.empty();
        }
        return asBoard(boardId, Locale.UK, () -> self().boardNow(boardId));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PublicBoard> boardNow(String boardId) {
        Board board = em.find(Board.class, boardId);
        if (board == null) {
            return Optional.empty();
        }
        List<PublicBoard.Choice> organisations = em.createQuery("select o from ParentOrganisation o"
                        + " where o.active = true order by o.name", ParentOrganisation.class).getResultStream()
                .map(o -> new PublicBoard.Choice(o.id(), o.name(), o.nameCy())).toList();
        return Optional.of(new PublicBoard(board.id(), board.name(), board.nameCy(), board.welshInterface(),
                organisations));
    }

    /** A new proof-of-work challenge for a page to solve before it sends. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String challenge() {
        return WorkChallenge.issue(key(), Instant.now(clock), WorkChallenge.DIFFICULTY);
    }

    /** A challenge for a board's page: harder as the board's count for the hour grows (a flood costs more). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String challenge(String boardId) {
        Instant now = Instant.now(clock);
        return WorkChallenge.issue(key(), now, difficulty(boardId, now));
    }

    /** The public pages whose posts are weighed against the limits before anything of them is read. */
    public enum Door {
        /** Raising a concern: the address's and the board's counts. */
        RAISE,
        /** Following one up: the address's follow-ups, and its wrong codes. */
        FOLLOW_UP
    }

    /**
     * Before a post to a public page is read (its files may be 21 MB): the minutes to wait when the address, or the
     * board, has already reached a limit that the post would go over, else 0. Counts nothing: the step itself counts
     * (and checks again) once it is read. The rule is the step's own ({@link ReportThrottle#refusedAt}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long minutesToWait(String boardId, String address, Door door) {
        if (boardId == null || !boardId.matches("[a-z0-9-]{1,20}")) {
            return 0;
        }
        return asBoard(boardId, Locale.UK, () -> self().minutesToWaitNow(address, door));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long minutesToWaitNow(String address, Door door) {
        String board = CallerContext.current().tenantId();
        Instant now = Instant.now(clock);
        Map<ReportLimit, String> keys = new LinkedHashMap<>();
        if (door == Door.RAISE) {
            keys.put(ReportLimit.RAISED_FROM_ADDRESS, ReportLimit.RAISED_FROM_ADDRESS.key(key(), board, address));
            keys.put(ReportLimit.RAISED_ON_BOARD, ReportLimit.RAISED_ON_BOARD.key(board));
        } else {
            keys.put(ReportLimit.FOLLOW_UP_FROM_ADDRESS, ReportLimit.FOLLOW_UP_FROM_ADDRESS.key(key(), board, address));
            keys.put(ReportLimit.WRONG_CODE_FROM_ADDRESS, ReportLimit.WRONG_CODE_FROM_ADDRESS.key(key(), board,
                    address));
        }
        long wait = 0;
        for (Map.Entry<ReportLimit, String> limit : keys.entrySet()) {
            ReportThrottle throttle = em.find(ReportThrottle.class, limit.getValue());
            if (throttle != null && throttle.refusedAt(limit.getKey(), now)) {
                wait = Math.max(wait, throttle.minutesToWait(limit.getKey(), now));
            }
        }
        return wait;
    }

    /**
     * Raises the concern and answers the receipt code, which is shown once and kept nowhere. Refused, with nothing
     * done and nothing typed lost: invalid input (field by field), a challenge not solved, used or expired (as the
     * field {@code challenge}), or a limit reached ({@link LimitReachedException}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String raise(String boardId, String address, Locale language, ConcernFromAnyone concern) {
        return asBoard(boardId, language, () -> onceMore(() -> self().raiseNow(address, concern)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String raiseNow(String address, ConcernFromAnyone concern) {
        Caller board = CallerContext.current();
        Map<String, String> problems = new LinkedHashMap<>();
        String what = text(problems, "whatHappened", concern.whatHappened(), WHAT_MAX, true);
        List<String> addresses = addresses(problems, concern.addresses());
        String subject = text(problems, "subjectName", concern.subjectName(), 200, true);
        String named = text(problems, "organisationAsKnown", concern.organisationAsKnown(), ORGANISATION_MAX, false);
        ParentOrganisation organisation = null;
        if (concern.organisationId() != null) {
            organisation = em.find(ParentOrganisation.class, concern.organisationId());
            if (organisation == null || !organisation.active() || !board.tenantId().equals(organisation.tenantId())) {
                organisation = null;
                problems.put("organisation", ReportWords.text("report.organisation.missing"));
            }
        } else if (named == null) {
            problems.putIfAbsent("organisation", ReportWords.text("report.organisation.missing"));
        }
        if (concern.relation() == null) {
            problems.put("relation", ReportWords.text("report.relation.missing"));
        }
        if (concern.happenedOn() != null && concern.happenedOn().isAfter(LocalDate.now(clock.withZone(UK)))) {
            problems.put("happenedOn", ReportWords.text("report.happenedOn.future"));
        } else if (concern.happenedOn() != null && concern.happenedOn().isBefore(LocalDate.of(1995, 1, 1))) {
            problems.put("happenedOn", ReportWords.text("report.happenedOn.tooEarly"));
        }
        List<ConcernFromAnyone.ReportFile> files = files(problems, "files", concern.files());
        String name = text(problems, "reporterName", concern.reporterName(), PublicReport.NAME_MAX, false);
        String email = text(problems, "reporterEmail", concern.reporterEmail(), PublicReport.EMAIL_MAX, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.put("reporterEmail", ReportWords.text("report.email.invalid"));
        }
        String phone = text(problems, "reporterPhone", concern.reporterPhone(), PublicReport.PHONE_MAX, false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.put("reporterPhone", ReportWords.text("report.phone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        // The work asked for is the board's as it stands before this one (a refusal below rolls the counts back).
        int difficulty = difficulty(board.tenantId(), now);
        count(ReportLimit.RAISED_FROM_ADDRESS, ReportLimit.RAISED_FROM_ADDRESS.key(key(), board.tenantId(), address),
                now);
        count(ReportLimit.RAISED_ON_BOARD, ReportLimit.RAISED_ON_BOARD.key(board.tenantId()), now);
        takeChallenge(concern.challenge(), concern.nonce(), difficulty);

        ReporterRelation relation = concern.relation();
        ParentOrganisation listed = organisation;
        ParentOrganisation at = listed != null ? listed : notYetKnown();
        String code = ReceiptCode.newCode();
        Caller page = new Caller(REPORTER, "Public page", board.tenantId(), Set.of(Role.OFFICER), null,
                board.language());
        CallerContext.runAs(page, () -> {
            CaseSummary raised = cases.raiseConcern(new NewConcern(subject, at.id(), relation.source(), what, null,
                    null, addresses.isEmpty() ? null : addresses.get(0), concern.happenedOn()));
            PublicReport report = PublicReport.receive(raised.id(), ReceiptCode.digest(code), relation,
                    listed == null ? named : null, name, email, phone, now);
            em.persist(report);
            askToConfirm(report, board.tenantId(), now);
            for (String url : addresses) {
                evidence.supplyFromReporter(raised.reference(), EvidenceInput.text(url, Platform.OTHER, null, now,
                        CaptureMethod.PROVIDED_BY_COMPLAINANT, false));
            }
            capture(raised.reference(), files, now);
            timeline.record(raised.id(), PublicConcernAction.REPORT_RECEIVED, "From " + relation.inWords()
                    + (report.anonymous() ? ", who left no contact details" : ", who left contact details")
                    + (files.isEmpty() ? "" : "; " + PlainFormat.count(files.size(), "file", "files"))
                    + (listed == null ? "; organisation named by the reporter, not on the board's list" : ""));
        });
        return code;
    }

    /**
     * Opens a report by its receipt code; one answer ({@link WrongCodeException}) for every code that opens nothing
     * on this board, and wrong codes limited per address ({@link LimitReachedException}, right or wrong code alike).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUp open(String boardId, String address, Locale language, String code) {
        FollowUp found = asBoard(boardId, language,
                () -> onceMore(() -> self().openNow(address, ReceiptCode.digest(code))));
        if (found == null) {
            throw new WrongCodeException();
        }
        return found;
    }

    /** Null for a wrong code, which is counted (a transaction that commits: the refusal itself rolls nothing back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp openNow(String address, String digest) {
        Instant now = Instant.now(clock);
        ReportThrottle wrong = throttle(ReportLimit.WRONG_CODE_FROM_ADDRESS.key(key(),
                CallerContext.current().tenantId(), address), now);
        if (wrong.refusedAt(ReportLimit.WRONG_CODE_FROM_ADDRESS, now)) {
            throw new LimitReachedException(wrong.minutesToWait(ReportLimit.WRONG_CODE_FROM_ADDRESS, now));
        }
        Optional<PublicReport> report = byDigest(digest);
        if (report.isEmpty()) {
            wrong.hit(ReportLimit.WRONG_CODE_FROM_ADDRESS, now);
            return null;
        }
        return followUp(report.get(), digest);
    }

    /**
     * The reporter answers the board (or writes to it); {@code access} is what {@link #open} gave the page. At most
     * {@link #ANSWERS_MOST} answers a report, and follow-up actions limited per address on the board
     * ({@link LimitReachedException}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUp answer(String boardId, String address, Locale language, String access, String words) {
        return asBoard(boardId, language, () -> onceMore(() -> self().answerNow(address, access, words)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp answerNow(String address, String access, String words) {
        PublicReport report = byDigest(access).orElseThrow(WrongCodeException::new);
        Map<String, String> problems = new LinkedHashMap<>();
        String body = text(problems, "answer", words, ReportMessage.MAX_LENGTH, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Number answered = em.createQuery("select count(m) from ReportMessage m where m.reportId = :report"
                + " and m.fromReporter = true", Number.class).setParameter("report", report.id()).getSingleResult();
        if (answered.intValue() >= ANSWERS_MOST) {
            throw new InvalidInputException(Map.of("answer", ReportWords.text("report.answers.tooMany", ANSWERS_MOST)));
        }
        countFollowUp(address);
        em.persist(new ReportMessage(report.id(), true, body, REPORTER, Instant.now(clock)));
        timeline.record(report.caseId(), PublicConcernAction.REPORTER_ANSWERED,
                PlainFormat.count(body.codePointCount(0, body.length()), "character", "characters"));
        return followUp(report, access);
    }

    /**
     * The reporter adds evidence: files, checked as every evidence file is; at most {@link #REPORT_FILES_MOST} files
     * and {@link #REPORT_BYTES_MOST} bytes a report, and limited per address on the board as answers are.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUp addEvidence(String boardId, String address, Locale language, String access,
            List<ConcernFromAnyone.ReportFile> files) {
        return asBoard(boardId, language, () -> onceMore(() -> self().addEvidenceNow(address, access, files)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp addEvidenceNow(String address, String access, List<ConcernFromAnyone.ReportFile> given) {
        PublicReport report = byDigest(access).orElseThrow(WrongCodeException::new);
        Map<String, String> problems = new LinkedHashMap<>();
        List<ConcernFromAnyone.ReportFile> files = files(problems, "moreFiles", given);
        if (files.isEmpty()) {
            problems.putIfAbsent("moreFiles", ReportWords.text("report.files.none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Object[] kept = em.createQuery("select count(e), coalesce(sum(e.fileSize), 0) from Evidence e"
                        + " where e.caseId = :case and e.capturedBy = :reporter and e.fileId is not null", Object[].class)
                .setParameter("case", report.caseId()).setParameter("reporter", REPORTER).getSingleResult();
        long adding = files.stream().mapToLong(f -> f.content().length).sum();
        if (((Number) kept[0]).longValue() + files.size() > REPORT_FILES_MOST
                || ((Number) kept[1]).longValue() + adding > REPORT_BYTES_MOST) {
            throw new InvalidInputException(Map.of("moreFiles", ReportWords.text("report.files.reportFull",
                    REPORT_FILES_MOST, REPORT_BYTES_MOST / (1024 * 1024))));
        }
        countFollowUp(address);
        SafeguardingCase raised = em.find(SafeguardingCase.class, report.caseId());
        Caller board = CallerContext.current();
        CallerContext.runAs(new Caller(REPORTER, "Public page", board.tenantId(), Set.of(Role.OFFICER), null,
                board.language()), () -> {
                    try {
                        capture(raised.reference(), files, Instant.now(clock));
                    } catch (InvalidInputException e) {
                        // The case may refuse more evidence (closed, say): said at the page's one file field.
                        throw new InvalidInputException(Map.of("moreFiles",
                                String.join(" ", e.fieldMessages().values())));
                    }
                    timeline.record(raised.id(), PublicConcernAction.REPORTER_ADDED_EVIDENCE,
                            PlainFormat.count(files.size(), "file", "files"));
                });
        return followUp(report, access);
    }

    /**
     * The reporter, with their code, asks for the link that confirms their e-mail address again: it expired, it was
     * lost, or the address was given before links were sent. A new link replaces the old one; refused with a plain
     * message when the address is confirmed already, the last link went less than an hour ago, or three were sent
     * ({@link PublicReport#linkAgainRefusal}). Counted as a follow-up action of the address.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUp sendLinkAgain(String boardId, String address, Locale language, String access) {
        return asBoard(boardId, language, () -> onceMore(() -> self().sendLinkAgainNow(address, access)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp sendLinkAgainNow(String address, String access) {
        PublicReport report = byDigest(access).orElseThrow(WrongCodeException::new);
        Instant now = Instant.now(clock);
        Optional<AddressConfirmation.NoLink> refusal = report.linkAgainRefusal(now);
        if (refusal.isPresent()) {
            throw new InvalidInputException(Map.of("link", ReportWords.text("confirm.again." + refusal.get().name(),
                    AddressConfirmation.MOST_LINKS)));
        }
        countFollowUp(address);
        sendLink(report, CallerContext.current().tenantId(), report.askToConfirmAddressAgain(now).orElseThrow());
        timeline.record(report.caseId(), PublicConcernAction.REPORTER_ADDRESS_LINK_SENT_AGAIN,
                "The reporter asked for the link that confirms their e-mail address again");
        return followUp(report, access);
    }

    /**
     * The reporter opened the link sent to the address they gave and pressed the button: the address is theirs, and
     * the board's "a message waits" e-mails go to it from now on. Answers whether it confirmed; a wrong, expired or
     * used token, another board's, and one whose report's details were removed all answer no, alike.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean confirmAddress(String boardId, Locale language, String token) {
        try {
            return asBoard(boardId, language, () -> self().confirmAddressNow(AddressConfirmation.digest(token)));
        } catch (WrongCodeException e) {
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean confirmAddressNow(String digest) {
        Optional<PublicReport> report = em.createQuery("select r from PublicReport r where r.emailTokenSha256 = :digest",
                PublicReport.class).setParameter("digest", digest).getResultStream().findFirst();
        if (report.isEmpty() || !report.get().confirmAddress(digest, Instant.now(clock))) {
            return false;
        }
        timeline.record(report.get().caseId(), PublicConcernAction.REPORTER_ADDRESS_CONFIRMED,
                "The reporter confirmed that the e-mail address they gave is theirs");
        return true;
    }

    /**
     * The one e-mail to an address a reporter gave before it is confirmed: someone gave it when reporting a concern to
     * the board; if it was them, the link (to a page whose button confirms it); if not, ignore it. No case, no names,
     * no words of the concern. Both languages for a bilingual board, the reporter's first.
     */
    private void askToConfirm(PublicReport report, String boardId, Instant now) {
        report.askToConfirmAddress(now).ifPresent(token -> sendLink(report, boardId, token));
    }

    private void sendLink(PublicReport report, String boardId, String token) {
        Board board = em.find(Board.class, boardId);
        boolean welshFirst = board.welshInterface() && Texts.isWelsh(CallerContext.language());
        List<Locale> languages = !board.welshInterface() ? List.of(Texts.ENGLISH)
                : welshFirst ? List.of(Texts.WELSH, Texts.ENGLISH) : List.of(Texts.ENGLISH, Texts.WELSH);
        StringBuilder subject = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Locale language : languages) {
            boolean welsh = Texts.isWelsh(language);
            String name = welsh && board.nameCy() != null ? board.nameCy() : board.name();
            String link = PublicAddress.of(CONFIRM_PAGE + "?board=" + board.id() + "&token=" + token
                    + (welsh ? "&lang=cy" : ""));
            subject.append(subject.length() == 0 ? "" : " / ").append(ReportWords.in(language, "confirm.mail.subject",
                    name));
            body.append(body.length() == 0 ? "" : "\n\n----------\n\n").append(ReportWords.in(language,
                    "confirm.mail.body", name, link, AddressConfirmation.LIFETIME.toDays()));
        }
        outbox.queue(null, PublicConcernNotice.REPORTER_ADDRESS_CONFIRMATION, report.reporterEmail(),
                subject.toString(), body.toString());
    }

    // ---------------------------------------------------------------- the board's officers and seniors

    /** The report behind a case, for its board's officers and seniors; empty when the case was not raised so. */
    public Optional<ReportForOfficers> ofCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return reportOfRead(reference).map(report -> new ReportForOfficers(report.relation(), report.reporterName(),
                report.reporterEmail(), report.reporterPhone(), report.organisationAsKnown(), report.outcomeShown(),
                report.receivedAt(), report.detailsRemovedAt(), messages(report).stream()
                        .map(m -> new ReportForOfficers.Message(m.fromReporter(), m.body(), m.writtenBy(),
                                m.writtenAt())).toList(), report.emailConfirmed()));
    }

    /**
     * An officer writes to the reporter: shown on the follow-up page; a reporter who left an e-mail address is told
     * only that a message waits (nothing of the case in it).
     */
    public void message(String reference, String words) {
        Caller officer = CallerContext.require(Role.OFFICER);
        PublicReport report = reportOf(reference).orElseThrow(() -> new NotFoundException(
                ReportWords.text("report.case.notFound")));
        Map<String, String> problems = new LinkedHashMap<>();
        String body = text(problems, "message", words, ReportMessage.MAX_LENGTH, true);
        if (report.detailsRemovedAt() != null) {
            problems.put("message", ReportWords.text("report.message.removed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        em.persist(new ReportMessage(report.id(), false, body, officer.username(), Instant.now(clock)));
        // Only to an address its owner confirmed: anyone may type anyone's address on the public page.
        timeline.record(report.caseId(), PublicConcernAction.MESSAGE_TO_REPORTER,
                PlainFormat.count(body.codePointCount(0, body.length()), "character", "characters")
                        + (report.reporterEmail() == null ? ""
                        : report.emailConfirmed() ? "; the reporter is told by e-mail that it waits"
                        : "; the reporter's e-mail address is not confirmed, so no e-mail"));
        if (report.confirmedEmail() != null) {
            Board board = em.find(Board.class, officer.tenantId());
            // No case in it (the case id would put the message among the case's e-mails, which the member's
            // subject access answer may list), and no words of the case: only that a message waits.
            outbox.queue(null, PublicConcernNotice.REPORTER_MESSAGE_WAITING, report.confirmedEmail(),
                    "A message about the concern you raised with " + board.name(),
                    "There is a message for you about the concern you raised with " + board.name() + ".\n\n"
                            + "To read it, open the board's page for following up a concern and enter your receipt"
                            + " code.\n\nThis e-mail says nothing more, to keep what you told the board private.");
        }
    }

    /** An officer's choice: whether the reporter is told how it ended (not only that it is closed). */
    public void shareOutcome(String reference, boolean shown) {
        CallerContext.require(Role.OFFICER);
        PublicReport report = reportOf(reference).orElseThrow(() -> new NotFoundException(
                ReportWords.text("report.case.notFound")));
        if (report.outcomeShown() != shown) {
            report.showOutcome(shown);
            timeline.record(report.caseId(), PublicConcernAction.OUTCOME_SHARING_CHANGED,
                    shown ? "The reporter is told the outcome" : "The reporter is told only that it is closed");
        }
    }

    // ---------------------------------------------------------------- retention

    /**
     * A report whose concern was closed at triage (never investigated) keeps the reporter's details and words for the
     * board's period after closing ({@code triageClosureRetentionMonths}, 12 by default); so does one whose case was
     * removed. Then they go; the timeline says so, without them.
     */
    public int removeDue(LocalDate today) {
        Board board = em.find(Board.class, CallerContext.current().tenantId());
        List<PublicReport> kept = em.createQuery("select r from PublicReport r where r.detailsRemovedAt is null",
                PublicReport.class).getResultList();
        int removed = 0;
        Instant now = Instant.now(clock);
        for (PublicReport report : kept) {
            SafeguardingCase closed = em.find(SafeguardingCase.class, report.caseId());
            if (closed == null || closed.closedAt() == null) {
                continue;
            }
            boolean atTriage = NEVER_INVESTIGATED.contains(closed.closureReason());
            LocalDate closedOn = closed.closedAt().atZone(UK).toLocalDate();
            boolean due1 = atTriage && !today.isBefore(closedOn.plusMonths(board.triageClosureRetentionMonths()));
            if (!due1 && closed.removedAt() == null) {
                continue;
            }
            // Two runs at once (the nightly job beside one started by hand): the second waits here for the first,
            // then sees the details gone and leaves them, instead of failing its whole run on the report's version.
            em.refresh(report, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            String email = report.reporterEmail();
            if (report.removeDetails(now)) {
                messages(report).forEach(ReportMessage::erase);
                forgetMessagesWaiting(email);
                timeline.record(report.caseId(), PublicConcernAction.REPORTER_DETAILS_REMOVED,
                        "Closed on " + closedOn + (atTriage ? " at triage" : "") + "; the reporter's contact details"
                                + " and messages removed under the board's retention rule");
                removed++;
            }
        }
        return removed;
    }

    // ---------------------------------------------------------------- inside

    /**
     * The e-mails to a reporter whose details go (the "a message waits" ones and the confirmation link): queued without a case (so the case's removal
     * never finds them), they would keep the address for ever. All of them go, sent or not (an unsent one would
     * point to a code that now opens nothing), unless another report on this board still keeps the same address.
     */
    private void forgetMessagesWaiting(String email) {
        if (email == null || em.createQuery("select count(r) from PublicReport r where r.reporterEmail = :email"
                + " and r.detailsRemovedAt is null", Long.class).setParameter("email", email).getSingleResult() > 0) {
            return;
        }
        em.createQuery("delete from OutboxMessage m where m.tenantId = :board and m.caseId is null"
                        + " and m.kind in :kinds and m.recipient = :email")
                .setParameter("board", CallerContext.current().tenantId())
                .setParameter("kinds", Arrays.stream(PublicConcernNotice.values()).map(Enum::name).toList())
                .setParameter("email", email).executeUpdate();
    }

    private FollowUp followUp(PublicReport report, String access) {
        SafeguardingCase raised = em.find(SafeguardingCase.class, report.caseId());
        ReportStatus status = ReportStatus.of(raised.status());
        String outcome = status == ReportStatus.CLOSED && report.outcomeShown() && raised.closureReason() != null
                ? ReportWords.text("report.outcome." + raised.closureReason().name()) : null;
        return new FollowUp(access, report.receivedAt(), status, outcome, messages(report).stream()
                .filter(m -> m.body() != null)
                .map(m -> new FollowUp.Message(m.fromReporter(), m.body(), m.writtenAt())).toList(),
                report.emailWaitingConfirmation());
    }

    private List<ReportMessage> messages(PublicReport report) {
        return em.createQuery("select m from ReportMessage m where m.reportId = :report order by m.writtenAt, m.id",
                ReportMessage.class).setParameter("report", report.id()).getResultList();
    }

    private Optional<PublicReport> byDigest(String digest) {
        return em.createQuery("select r from PublicReport r where r.receiptSha256 = :digest", PublicReport.class)
                .setParameter("digest", digest == null ? "" : digest).getResultStream()
                .filter(r -> r.detailsRemovedAt() == null).findFirst();
    }

    /** As {@link #reportOf}, through the case its page has already read in this request (issue 61). */
    private Optional<PublicReport> reportOfRead(String reference) {
        long caseId;
        try {
            caseId = caseLookup.toRead(reference).id();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return reportOfCase(caseId);
    }

    /** By the case's reference; the case first, on its own (a join would carry the case's scope filters along). */
    private Optional<PublicReport> reportOf(String reference) {
        Optional<Long> caseId = em.createQuery("select c.id from SafeguardingCase c where c.reference = :reference",
                        Long.class).setParameter("reference", reference == null ? "" : reference.strip())
                .getResultStream().findFirst();
        return caseId.flatMap(this::reportOfCase);
    }

    /** The report a case came from, if it came from the public page (the board's own: {@code @TenantId}). */
    private Optional<PublicReport> reportOfCase(long caseId) {
        return em.createQuery("select r from PublicReport r where r.caseId = :id", PublicReport.class)
                .setParameter("id", caseId).getResultStream().findFirst();
    }

    /**
     * The reporter's files, each named {@code evidence-<its number in the case>.<ext of its checked type>}: the name
     * they gave it (which may carry their own name) is kept nowhere, as it would reach the member and HR.
     */
    private void capture(String reference, List<ConcernFromAnyone.ReportFile> files, Instant now) {
        for (ConcernFromAnyone.ReportFile file : files) {
            Long caseId = em.createQuery("select c.id from SafeguardingCase c where c.reference = :reference",
                    Long.class).setParameter("reference", reference).getSingleResult();
            long number = em.createQuery("select count(e) from Evidence e where e.caseId = :id", Long.class)
                    .setParameter("id", caseId).getSingleResult() + 1;
            // Supplied by the reporter, not gathered by the board: no open-methods declaration (an officer reviews it).
            evidence.supplyFromReporter(reference, EvidenceInput.file(null, Platform.OTHER,
                    FileType.evidenceFileName(number, file.contentType()), file.contentType(),
                    file.content(), now, CaptureMethod.PROVIDED_BY_COMPLAINANT, false));
        }
    }

    private ParentOrganisation notYetKnown() {
        return em.createQuery("select o from ParentOrganisation o where o.name = :name", ParentOrganisation.class)
                .setParameter("name", NOT_YET_KNOWN).getResultStream().findFirst().orElseGet(() -> {
                    // Not offered for new cases (inactive); it holds reports naming an organisation not on the list.
                    ParentOrganisation unknown = new ParentOrganisation(NOT_YET_KNOWN, OrganisationKind.OTHER, null);
                    unknown.deactivate();
                    em.persist(unknown);
                    em.flush();
                    return unknown;
                });
    }

    private void takeChallenge(String challenge, String nonce, int difficulty) {
        if (challenge == null || challenge.isBlank() || nonce == null || nonce.isBlank()) {
            throw new InvalidInputException(Map.of("challenge", ReportWords.text("report.challenge.noScript")));
        }
        WorkChallenge.Result checked = WorkChallenge.check(key(), challenge, nonce, Instant.now(clock), difficulty);
        if (!checked.passed()) {
            throw new InvalidInputException(Map.of("challenge", ReportWords.text("report.challenge.refused")));
        }
        Instant now = Instant.now(clock);
        em.createNativeQuery("delete from public_report_challenge where used_at < ?1")
                .setParameter(1, now.minus(WorkChallenge.LIFETIME)).executeUpdate();
        Number used = (Number) em.createNativeQuery("select count(*) from public_report_challenge"
                + " where challenge_id = ?1").setParameter(1, checked.challenge().id()).getSingleResult();
        if (used.intValue() > 0) {
            throw new InvalidInputException(Map.of("challenge", ReportWords.text("report.challenge.refused")));
        }
        em.createNativeQuery("insert into public_report_challenge (challenge_id, used_at) values (?1, ?2)")
                .setParameter(1, checked.challenge().id()).setParameter(2, now).executeUpdate();
    }

    private void count(ReportLimit limit, String key, Instant now) {
        ReportThrottle throttle = throttle(key, now);
        if (throttle.refusedAt(limit, now)) {
            throw new LimitReachedException(throttle.minutesToWait(limit, now));
        }
        throttle.hit(limit, now);
    }

    private void countFollowUp(String address) {
        count(ReportLimit.FOLLOW_UP_FROM_ADDRESS, ReportLimit.FOLLOW_UP_FROM_ADDRESS.key(key(),
                CallerContext.current().tenantId(), address), Instant.now(clock));
    }

    /** The work a board's page asks for now (read without a lock: a step either way is harmless). */
    private int difficulty(String boardId, Instant now) {
        ReportThrottle board = em.find(ReportThrottle.class, ReportLimit.RAISED_ON_BOARD.key(boardId));
        return WorkChallenge.difficultyFor(board == null ? 0 : board.count(ReportLimit.RAISED_ON_BOARD, now));
    }

    /**
     * Throttle counts whose windows all ended (older than two of the longest window) go, so that the table keeps no
     * trace of old visits; run nightly with the retention steps. Returns how many went.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeOldThrottles() {
        Instant now = Instant.now(clock);
        int removed = 0;
        for (ReportLimit limit : ReportLimit.values()) {
            removed += em.createQuery("delete from ReportThrottle t where t.key like :kind and t.windowStart < :before")
                    .setParameter("kind", limit.name() + ":%")
                    .setParameter("before", now.minus(limit.window().multipliedBy(2))).executeUpdate();
        }
        return removed;
    }

    /**
     * The work once more when two requests raced into the same new row (a throttle count made by both, or a challenge
     * taken by both): the loser's transaction was rolled back whole, and the second try sees the winner's row (so a
     * challenge already used is refused in plain words, not a 500).
     */
    private static <T> T onceMore(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (jakarta.ejb.EJBException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            return work.call();
        }
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // The persistence provider's word for a unique key broken (Hibernate's ConstraintViolationException).
            if (t instanceof jakarta.persistence.EntityExistsException
                    || t.getClass().getSimpleName().equals("ConstraintViolationException")
                    && t.getClass().getName().startsWith("org.hibernate.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private ReportThrottle throttle(String key, Instant now) {
        ReportThrottle throttle = em.find(ReportThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new ReportThrottle(key, now);
            em.persist(throttle);
        }
        return throttle;
    }

    /** The key that signs challenges: made once, kept in the database so every node of a cluster knows it. */
    private byte[] key() {
        List<?> kept = em.createNativeQuery("select secret from public_report_key where id = 1").getResultList();
        if (!kept.isEmpty()) {
            return HexFormat.of().parseHex((String) kept.get(0));
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        em.createNativeQuery("insert into public_report_key (id, secret) values (1, ?1)")
                .setParameter(1, HexFormat.of().formatHex(secret)).executeUpdate();
        return secret;
    }

    private static List<String> addresses(Map<String, String> problems, String typed) {
        List<String> found = new ArrayList<>();
        if (typed == null) {
            return found;
        }
        for (String line : typed.split("\\R")) {
            String url = line.strip();
            if (url.isEmpty()) {
                continue;
            }
            Optional<EvidenceUrl.Problem> problem = EvidenceUrl.problem(url);
            if (problem.isPresent()) {
                problems.putIfAbsent("addresses", ReportWords.text("report.addresses.invalid", EvidenceUrl.MAX_LENGTH));
            }
            found.add(url);
        }
        if (found.size() > ADDRESSES_MOST) {
            problems.putIfAbsent("addresses", ReportWords.text("report.addresses.tooMany", ADDRESSES_MOST));
        }
        return found;
    }

    private static List<ConcernFromAnyone.ReportFile> files(Map<String, String> problems, String field,
            List<ConcernFromAnyone.ReportFile> given) {
        List<ConcernFromAnyone.ReportFile> files = given == null ? List.of() : given.stream()
                .filter(f -> f != null && f.content() != null && f.content().length > 0).toList();
        if (files.size() > FILES_MOST) {
            problems.put(field, ReportWords.text("report.files.tooMany", FILES_MOST));
        }
        for (ConcernFromAnyone.ReportFile file : files) {
            if (file.content().length > FileType.MAX_BYTES) {
                problems.putIfAbsent(field, ReportWords.text("report.files.tooBig"));
            } else if (FileType.forContentType(file.contentType()).filter(t -> t.matches(file.content())).isEmpty()) {
                problems.putIfAbsent(field, ReportWords.text("report.files.type"));
            }
        }
        return files;
    }

    private static String text(Map<String, String> problems, String field, String typed, int max, boolean required) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.put(field, ReportWords.text("report." + field + ".missing"));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            problems.put(field, ReportWords.text("report.tooLong", max));
        } else if (text.indexOf('\u0000') >= 0) {
            problems.put(field, ReportWords.text("report.unstorable"));
        }
        return text;
    }

    private static <T> T asBoard(String boardId, Locale language, Callable<T> work) {
        if (boardId == null || !boardId.matches("[a-z0-9-]{1,20}")) {
            throw new WrongCodeException();
        }
        return CallerContext.runAs(Caller.system(boardId).speaking(language == null ? Locale.UK : language), work);
    }

    private PublicConcerns self() {
        return context.getBusinessObject(PublicConcerns.class);
    }
}
