package uk.safeguardcases.application.publicconcern;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.publicconcern.ReceiptCode;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;

/**
 * The reporter's intake: a board's public page raises an ordinary concern (triage, deadlines, timeline and process as
 * for any other), keeps who the reporter is for the board's officers and seniors alone ({@link PublicReport}), and
 * gives the reporter a receipt code to come back with ({@link ReporterFollowUp}).
 */
@Stateless
public class ConcernIntake {

    /** The organisation a concern is raised at when the reporter named one that is not on the board's list. */
    static final String NOT_YET_KNOWN = "Not yet known (named on the public page)";
    private static final int WHAT_MAX = 4000;
    private static final int ORGANISATION_MAX = 200;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private PublicReportRepository reports;

    @Inject
    private ReportingBoards boards;

    @Inject
    private PublicPageLimits limits;

    @Inject
    private CaseService cases;

    @Inject
    private EvidenceService evidence;

    @Inject
    private ReporterFiles files;

    @Inject
    private AddressLinks links;

    @Inject
    private TimelineService timeline;

    /**
     * Raises the concern and answers the receipt code, which is shown once and kept nowhere. Refused, with nothing
     * done and nothing typed lost: invalid input (field by field), a challenge not solved, used or expired (as the
     * field {@code challenge}), or a limit reached ({@link LimitReachedException}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String raise(String boardId, String address, Locale language, ConcernFromAnyone concern) {
        return PublicSteps.asBoard(boardId, language,
                () -> PublicSteps.onceMore(() -> self().raiseNow(address, concern)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String raiseNow(String address, ConcernFromAnyone concern) {
        Caller board = CallerContext.current();
        Map<String, String> problems = new LinkedHashMap<>();
        String what = ReportInput.text(problems, "whatHappened", concern.whatHappened(), WHAT_MAX, true);
        List<String> addresses = ReportInput.addresses(problems, concern.addresses());
        String subject = ReportInput.text(problems, "subjectName", concern.subjectName(), 200, true);
        String named = ReportInput.text(problems, "organisationAsKnown", concern.organisationAsKnown(),
                ORGANISATION_MAX, false);
        ParentOrganisation organisation = null;
        if (concern.organisationId() != null) {
            organisation = boards.organisation(concern.organisationId())
                    .filter(o -> o.active() && board.tenantId().equals(o.tenantId())).orElse(null);
            if (organisation == null) {
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
        List<ConcernFromAnyone.ReportFile> given = ReportInput.files(problems, "files", concern.files());
        String name = ReportInput.text(problems, "reporterName", concern.reporterName(), PublicReport.NAME_MAX, false);
        String email = ReportInput.text(problems, "reporterEmail", concern.reporterEmail(), PublicReport.EMAIL_MAX,
                false);
        ReportInput.email(problems, "reporterEmail", email);
        String phone = ReportInput.text(problems, "reporterPhone", concern.reporterPhone(), PublicReport.PHONE_MAX,
                false);
        ReportInput.phone(problems, "reporterPhone", phone);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        // The work asked for is the board's as it stands before this one (a refusal below rolls the counts back).
        int difficulty = limits.difficulty(board.tenantId(), now);
        limits.countRaised(address, now);
        limits.takeChallenge(concern.challenge(), concern.nonce(), difficulty);

        ReporterRelation relation = concern.relation();
        ParentOrganisation listed = organisation;
        ParentOrganisation at = listed != null ? listed : notYetKnown();
        String code = ReceiptCode.newCode();
        CallerContext.runAs(PublicSteps.reporterOn(board), () -> {
            CaseSummary raised = cases.raiseConcern(new NewConcern(subject, at.id(), relation.source(), what, null,
                    null, addresses.isEmpty() ? null : addresses.get(0), concern.happenedOn()));
            PublicReport report = PublicReport.receive(raised.id(), ReceiptCode.digest(code), relation,
                    listed == null ? named : null, name, email, phone, now);
            reports.add(report);
            links.askToConfirm(report, board.tenantId(), now);
            for (String url : addresses) {
                evidence.supplyFromReporter(raised.reference(), EvidenceInput.text(url, Platform.OTHER, null, now,
                        CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.ADDRESS_ONLY, false));
            }
            files.capture(raised.reference(), given, now);
            timeline.record(raised.id(), PublicConcernAction.REPORT_RECEIVED, "From " + relation.inWords()
                    + (report.anonymous() ? ", who left no contact details" : ", who left contact details")
                    + (given.isEmpty() ? "" : "; " + PlainFormat.count(given.size(), "file", "files"))
                    + (listed == null ? "; organisation named by the reporter, not on the board's list" : ""));
        });
        return code;
    }

    /** The board's organisation for reports naming one not on its list: made the first time, never offered. */
    private ParentOrganisation notYetKnown() {
        return boards.organisationNamed(NOT_YET_KNOWN).orElseGet(() -> {
            // Not offered for new cases (inactive); it holds reports naming an organisation not on the list.
            ParentOrganisation unknown = new ParentOrganisation(NOT_YET_KNOWN, OrganisationKind.OTHER, null);
            unknown.deactivate();
            boards.addOrganisation(unknown);
            return unknown;
        });
    }

    private ConcernIntake self() {
        return context.getBusinessObject(ConcernIntake.class);
    }
}
