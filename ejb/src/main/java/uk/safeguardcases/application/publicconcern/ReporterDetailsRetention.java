package uk.safeguardcases.application.publicconcern;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicConcernNotice;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportMessage;
import uk.safeguardcases.domain.publicconcern.ReportThrottleRepository;

/**
 * What the public pages keep goes when its time has come: the reporter's details and words
 * ({@link PublicReport#detailsDue}), and the limits' counts of visits long past. Run nightly by
 * {@link PublicConcernRetention}, each board as itself.
 */
@Stateless
public class ReporterDetailsRetention {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private PublicReportRepository reports;

    @Inject
    private ReportThrottleRepository throttles;

    @Inject
    private ReportedCases cases;

    @Inject
    private ReportingBoards boards;

    @Inject
    private TimelineService timeline;

    /**
     * A report whose concern was closed at triage (never investigated) keeps the reporter's details and words for the
     * board's period after closing ({@code triageClosureRetentionMonths}, 12 by default); so does one whose case was
     * removed. Then they go; the timeline says so, without them. Answers how many went.
     */
    public int removeDue(LocalDate today) {
        Board board = boards.board(CallerContext.current().tenantId()).orElseThrow();
        int removed = 0;
        Instant now = Instant.now(clock);
        for (PublicReport report : reports.withDetailsKept()) {
            SafeguardingCase closed = cases.byId(report.caseId()).orElse(null);
            if (closed == null || closed.closure().closedAt() == null) {
                continue;
            }
            LocalDate closedOn = closed.closure().closedAt().atZone(UK).toLocalDate();
            if (!PublicReport.detailsDue(closedOn, closed.closure().reason(), closed.removedAt() != null,
                    board.triageClosureRetentionMonths(), today)) {
                continue;
            }
            // Two runs at once (the nightly job beside one started by hand): the second waits here for the first,
            // then sees the details gone and leaves them, instead of failing its whole run on the report's version.
            reports.lockAsStored(report);
            String email = report.reporterEmail();
            if (report.removeDetails(now)) {
                reports.messages(report.id()).forEach(ReportMessage::erase);
                forgetMailWaiting(email);
                timeline.record(report.caseId(), PublicConcernAction.REPORTER_DETAILS_REMOVED,
                        "Closed on " + closedOn + (PublicReport.closedAtTriage(closed.closure().reason()) ? " at triage"
                                : "") + "; the reporter's contact details and messages removed under the board's"
                                + " retention rule");
                removed++;
            }
        }
        return removed;
    }

    /**
     * Throttle counts whose windows all ended (older than two of the longest window) go, so that the table keeps no
     * trace of old visits. Returns how many went.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeOldThrottles() {
        Instant now = Instant.now(clock);
        int removed = 0;
        for (ReportLimit limit : ReportLimit.values()) {
            removed += throttles.removeStartedBefore(limit, now.minus(limit.window().multipliedBy(2)));
        }
        return removed;
    }

    /**
     * The e-mails to a reporter whose details go (the "a message waits" ones and the confirmation link): queued
     * without a case (so the case's removal never finds them), they would keep the address for ever. All of them go,
     * sent or not (an unsent one would point to a code that now opens nothing), unless another report on this board
     * still keeps the same address.
     */
    private void forgetMailWaiting(String email) {
        if (email == null || reports.keepsAddress(email)) {
            return;
        }
        reports.forgetMailWithoutCase(CallerContext.current().tenantId(),
                Arrays.stream(PublicConcernNotice.values()).map(Enum::name).toList(), email);
    }
}
