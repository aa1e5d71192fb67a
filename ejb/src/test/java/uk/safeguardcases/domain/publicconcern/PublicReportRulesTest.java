package uk.safeguardcases.domain.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.domain.cases.ClosureReason;

/** The report's own rules: when the reporter's details go, what it takes after it was sent, what it tells. */
class PublicReportRulesTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate CLOSED = LocalDate.of(2026, 3, 31);

    private static PublicReport report() {
        PublicReport report = PublicReport.receive(7L, "digest", ReporterRelation.PUBLIC, null, "Rhys",
                "rhys@example.org", null, RECEIVED);
        Wiring.set(report, "id", 3L);
        return report;
    }

    @Test
    void detailsGoTheBoardsPeriodAfterATriageClosureOrWithTheCaseAndNeverWhileItIsOpen() {
        assertThat(PublicReport.detailsDue(CLOSED, ClosureReason.NO_FURTHER_ACTION, false, 12, CLOSED.plusMonths(12)))
                .isTrue();
        assertThat(PublicReport.detailsDue(CLOSED, LowLevelOutcome.CLOSED_AS, false, 12,
                CLOSED.plusMonths(12).minusDays(1))).isFalse();
        assertThat(PublicReport.detailsDue(CLOSED, ClosureReason.ADVICE_ONLY, false, 6, CLOSED.plusMonths(6)))
                .as("the board's own period").isTrue();
        assertThat(PublicReport.detailsDue(CLOSED, ClosureReason.NO_BREACH, false, 12, CLOSED.plusYears(5)))
                .as("investigated: kept with the case").isFalse();
        assertThat(PublicReport.detailsDue(CLOSED, ClosureReason.NO_BREACH, true, 12, CLOSED)).isTrue();
        assertThat(PublicReport.detailsDue(null, null, false, 12, CLOSED.plusYears(5))).isFalse();
    }

    @Test
    void aReportTakesFiftyAnswersAndTwentyFilesOfFiftyMegabytesInAll() {
        assertThat(PublicReport.takesAnswerAfter(49)).isTrue();
        assertThat(PublicReport.takesAnswerAfter(50)).isFalse();
        assertThat(PublicReport.filesFit(15, 0, 5, 1000)).isTrue();
        assertThat(PublicReport.filesFit(16, 0, 5, 1000)).isFalse();
        assertThat(PublicReport.filesFit(1, PublicReport.BYTES_MOST - 10, 1, 10)).isTrue();
        assertThat(PublicReport.filesFit(1, PublicReport.BYTES_MOST - 10, 1, 11)).isFalse();
    }

    @Test
    void theOutcomeIsToldOnlyOnceClosedAndOnlyWhenAnOfficerSharesIt() {
        PublicReport report = report();
        assertThat(report.outcomeToTell(ReportStatus.CLOSED, ClosureReason.ADVICE_ONLY)).isEmpty();

        report.showOutcome(true);

        assertThat(report.outcomeToTell(ReportStatus.CLOSED, ClosureReason.ADVICE_ONLY))
                .contains(ClosureReason.ADVICE_ONLY);
        assertThat(report.outcomeToTell(ReportStatus.BEING_LOOKED_INTO, null)).isEmpty();
    }

    @Test
    void theBoardWritesToTheReporterOnlyWhileTheirDetailsAreKept() {
        PublicReport report = report();
        assertThat(report.messageToReporter("When?", "cwmtaf.officer", RECEIVED).fromReporter()).isFalse();
        assertThat(report.answer("At nine.", "public-page", RECEIVED).fromReporter()).isTrue();

        report.removeDetails(RECEIVED.plusSeconds(60));

        assertThat(report.takesMessages()).isFalse();
        assertThatThrownBy(() -> report.messageToReporter("Hello?", "cwmtaf.officer", RECEIVED))
                .isInstanceOf(IllegalStateException.class);
    }
}
