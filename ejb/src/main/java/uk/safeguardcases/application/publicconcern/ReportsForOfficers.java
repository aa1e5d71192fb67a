package uk.safeguardcases.application.publicconcern;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicConcernNotice;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.publicconcern.ReportMessage;

/**
 * The board's side of a concern raised on its public page: who the reporter is, for its officers and seniors alone;
 * an officer's messages to the reporter (e-mailed, without a word of the case, only to an address its owner
 * confirmed); and whether the reporter is told how it ended.
 */
@Stateless
public class ReportsForOfficers {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private PublicReportRepository reports;

    @Inject
    private ReportedCases cases;

    @Inject
    private ReportingBoards boards;

    @Inject
    private CaseLookup caseLookup;

    @Inject
    private TimelineService timeline;

    @Inject
    private Outbox outbox;

    /** The report behind a case, for its board's officers and seniors; empty when the case was not raised so. */
    public Optional<ReportForOfficers> ofCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return reportOfRead(reference).map(report -> new ReportForOfficers(report.relation(), report.reporterName(),
                report.reporterEmail(), report.reporterPhone(), report.organisationAsKnown(), report.outcomeShown(),
                report.receivedAt(), report.detailsRemovedAt(), reports.messages(report.id()).stream()
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
        String body = ReportInput.text(problems, "message", words, ReportMessage.MAX_LENGTH, true);
        if (!report.takesMessages()) {
            problems.put("message", ReportWords.text("report.message.removed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        reports.add(report.messageToReporter(body, officer.username(), Instant.now(clock)));
        // Only to an address its owner confirmed: anyone may type anyone's address on the public page.
        timeline.record(report.caseId(), PublicConcernAction.MESSAGE_TO_REPORTER,
                PlainFormat.count(body.codePointCount(0, body.length()), "character", "characters")
                        + (report.reporterEmail() == null ? ""
                        : report.emailConfirmed() ? "; the reporter is told by e-mail that it waits"
                        : "; the reporter's e-mail address is not confirmed, so no e-mail"));
        if (report.confirmedEmail() != null) {
            Board board = boards.board(officer.tenantId()).orElseThrow();
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
            // Told the outcome is a disclosure of its own (the disclosure log keeps it); told only that it closed is not.
            if (shown) {
                timeline.record(report.caseId(), PublicConcernAction.OUTCOME_SHARED_WITH_REPORTER,
                        "The reporter is told the outcome");
            } else {
                timeline.record(report.caseId(), PublicConcernAction.OUTCOME_SHARING_CHANGED,
                        "The reporter is told only that it is closed");
            }
        }
    }

    /** As {@link #reportOf}, through the case its page has already read in this request (issue 61). */
    private Optional<PublicReport> reportOfRead(String reference) {
        long caseId;
        try {
            caseId = caseLookup.toRead(reference).id();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return reports.ofCase(caseId);
    }

    /** By the case's reference; the case first, on its own (a join would carry the case's scope filters along). */
    private Optional<PublicReport> reportOf(String reference) {
        return cases.idOf(reference == null ? "" : reference.strip()).flatMap(reports::ofCase);
    }
}
