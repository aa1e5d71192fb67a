package uk.safeguardcases.application.publicconcern;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.publicconcern.AddressConfirmation;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.publicconcern.ReceiptCode;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportMessage;
import uk.safeguardcases.domain.publicconcern.ReportStatus;
import uk.safeguardcases.domain.publicconcern.ReportThrottle;

/**
 * The reporter's follow-up, with the receipt code {@link ConcernIntake} gave them: how their concern stands, the
 * messages between them and the board, their answers and more files, and the link that confirms their e-mail address.
 * One answer ({@link WrongCodeException}) for every code that opens nothing on the board; wrong codes and follow-up
 * actions are limited per address ({@link LimitReachedException}).
 */
@Stateless
public class ReporterFollowUp {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private KnownTriageOutcomes outcomes;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private PublicReportRepository reports;

    @Inject
    private ReportedCases cases;

    @Inject
    private PublicPageLimits limits;

    @Inject
    private ReporterFiles files;

    @Inject
    private AddressLinks links;

    @Inject
    private TimelineService timeline;

    /** Opens a report by its receipt code; wrong codes limited per address, right or wrong code alike. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUp open(String boardId, String address, Locale language, String code) {
        FollowUp found = PublicSteps.asBoard(boardId, language,
                () -> PublicSteps.onceMore(() -> self().openNow(address, ReceiptCode.digest(code))));
        if (found == null) {
            throw new WrongCodeException();
        }
        return found;
    }

    /** Null for a wrong code, which is counted (a transaction that commits: the refusal itself rolls nothing back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp openNow(String address, String digest) {
        Instant now = Instant.now(clock);
        ReportThrottle wrong = limits.wrongCodes(address, now);
        Optional<PublicReport> report = reports.byReceipt(digest);
        if (report.isEmpty()) {
            wrong.hit(ReportLimit.WRONG_CODE_FROM_ADDRESS, now);
            return null;
        }
        return followUp(report.get(), digest);
    }

    /**
     * The reporter answers the board (or writes to it); {@code access} is what {@link #open} gave the page. At most
     * {@link PublicReport#ANSWERS_MOST} answers a report, and counted as a follow-up action of the address.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUp answer(String boardId, String address, Locale language, String access, String words) {
        return PublicSteps.asBoard(boardId, language,
                () -> PublicSteps.onceMore(() -> self().answerNow(address, access, words)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp answerNow(String address, String access, String words) {
        PublicReport report = reports.byReceipt(access).orElseThrow(WrongCodeException::new);
        Map<String, String> problems = new LinkedHashMap<>();
        String body = ReportInput.text(problems, "answer", words, ReportMessage.MAX_LENGTH, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!PublicReport.takesAnswerAfter(reports.answersFromReporter(report.id()))) {
            throw new InvalidInputException(Map.of("answer", ReportWords.text("report.answers.tooMany",
                    PublicReport.ANSWERS_MOST)));
        }
        limits.countFollowUp(address);
        reports.add(report.answer(body, PublicPages.REPORTER, Instant.now(clock)));
        timeline.record(report.caseId(), PublicConcernAction.REPORTER_ANSWERED,
                PlainFormat.count(body.codePointCount(0, body.length()), "character", "characters"));
        return followUp(report, access);
    }

    /**
     * The reporter adds evidence: files, checked as every evidence file is; at most {@link PublicReport#FILES_MOST}
     * files and {@link PublicReport#BYTES_MOST} bytes a report, and counted as a follow-up action of the address.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FollowUp addEvidence(String boardId, String address, Locale language, String access,
            List<ConcernFromAnyone.ReportFile> files) {
        return PublicSteps.asBoard(boardId, language,
                () -> PublicSteps.onceMore(() -> self().addEvidenceNow(address, access, files)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp addEvidenceNow(String address, String access, List<ConcernFromAnyone.ReportFile> given) {
        PublicReport report = reports.byReceipt(access).orElseThrow(WrongCodeException::new);
        Map<String, String> problems = new LinkedHashMap<>();
        List<ConcernFromAnyone.ReportFile> adding = ReportInput.files(problems, "moreFiles", given);
        if (adding.isEmpty()) {
            problems.putIfAbsent("moreFiles", ReportWords.text("report.files.none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReportedCases.FilesKept kept = cases.filesFrom(report.caseId(), PublicPages.REPORTER);
        if (!PublicReport.filesFit(kept.files(), kept.bytes(), adding.size(),
                adding.stream().mapToLong(f -> f.content().length).sum())) {
            throw new InvalidInputException(Map.of("moreFiles", ReportWords.text("report.files.reportFull",
                    PublicReport.FILES_MOST, PublicReport.BYTES_MOST / (1024 * 1024))));
        }
        limits.countFollowUp(address);
        SafeguardingCase raised = cases.byId(report.caseId()).orElseThrow();
        CallerContext.runAs(PublicSteps.reporterOn(CallerContext.current()), () -> {
            try {
                files.capture(raised.reference(), adding, Instant.now(clock));
            } catch (InvalidInputException e) {
                // The case may refuse more evidence (closed, say): said at the page's one file field.
                throw new InvalidInputException(Map.of("moreFiles", String.join(" ", e.fieldMessages().values())));
            }
            timeline.record(raised.id(), PublicConcernAction.REPORTER_ADDED_EVIDENCE,
                    PlainFormat.count(adding.size(), "file", "files"));
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
        return PublicSteps.asBoard(boardId, language,
                () -> PublicSteps.onceMore(() -> self().sendLinkAgainNow(address, access)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FollowUp sendLinkAgainNow(String address, String access) {
        PublicReport report = reports.byReceipt(access).orElseThrow(WrongCodeException::new);
        Instant now = Instant.now(clock);
        Optional<AddressConfirmation.NoLink> refusal = report.linkAgainRefusal(now);
        if (refusal.isPresent()) {
            throw new InvalidInputException(Map.of("link", ReportWords.text("confirm.again." + refusal.get().name(),
                    AddressConfirmation.MOST_LINKS)));
        }
        limits.countFollowUp(address);
        links.send(report, CallerContext.current().tenantId(), report.askToConfirmAddressAgain(now).orElseThrow());
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
            return PublicSteps.asBoard(boardId, language,
                    () -> self().confirmAddressNow(AddressConfirmation.digest(token)));
        } catch (WrongCodeException e) {
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean confirmAddressNow(String digest) {
        Optional<PublicReport> report = reports.byAddressToken(digest);
        if (report.isEmpty() || !report.get().confirmAddress(digest, Instant.now(clock))) {
            return false;
        }
        timeline.record(report.get().caseId(), PublicConcernAction.REPORTER_ADDRESS_CONFIRMED,
                "The reporter confirmed that the e-mail address they gave is theirs");
        return true;
    }

    /** What the page shows: how it stands, the outcome when shared, and the messages still kept. */
    private FollowUp followUp(PublicReport report, String access) {
        SafeguardingCase raised = cases.byId(report.caseId()).orElseThrow();
        ReportStatus status = ReportStatus.of(raised.status());
        String outcome = report.outcomeToTell(status, raised.closure().reason())
                .map(reason -> ReportWords.outcome(reason, outcomes)).orElse(null);
        return new FollowUp(access, report.receivedAt(), status, outcome, reports.messages(report.id()).stream()
                .filter(m -> m.body() != null)
                .map(m -> new FollowUp.Message(m.fromReporter(), m.body(), m.writtenAt())).toList(),
                report.emailWaitingConfirmation());
    }

    private ReporterFollowUp self() {
        return context.getBusinessObject(ReporterFollowUp.class);
    }
}
