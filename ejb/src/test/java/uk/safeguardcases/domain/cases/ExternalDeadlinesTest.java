package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.deadline.Deadline;

/** The LADO referral's and the adult safeguarding report's deadlines on their own: each missed at most once. */
class ExternalDeadlinesTest {

    private static final Instant LADO_DUE = Instant.parse("2026-03-03T17:00:00Z");
    private static final Instant ADULTS_DUE = Instant.parse("2026-03-09T17:00:00Z");

    @Test
    void nothingIsOwedUntilADeadlineIsSet() {
        ExternalDeadlines owed = new ExternalDeadlines();

        assertThat(owed.ladoReferralBy()).isNull();
        assertThat(owed.adultReportBy()).isNull();
    }

    @Test
    void aMissedLadoReferralIsRecordedOnceHoweverOftenItsTimerRuns() {
        ExternalDeadlines owed = new ExternalDeadlines();
        owed.ladoReferralDue(Deadline.due(LADO_DUE, null));
        Instant missed = LADO_DUE.plusSeconds(60);

        assertThat(owed.ladoTimescaleMissed(missed)).isTrue();
        assertThat(owed.ladoTimescaleMissed(missed.plusSeconds(3600))).isFalse();
        assertThat(owed.ladoReferralBy().due()).isEqualTo(LADO_DUE);
        assertThat(owed.ladoReferralBy().missedAt()).isEqualTo(missed);
    }

    @Test
    void aLadoReferralMissedBeforeItsDueDateWasKeptIsDueWhenMissedAndRecordedOnce() {
        ExternalDeadlines owed = new ExternalDeadlines();
        Instant missed = Instant.parse("2026-03-04T09:00:00Z");

        assertThat(owed.ladoTimescaleMissed(missed)).isTrue();
        assertThat(owed.ladoReferralBy().due()).isEqualTo(missed);
        assertThat(owed.ladoTimescaleMissed(missed.plusSeconds(60))).isFalse();
    }

    @Test
    void theAdultSafeguardingReportIsADeadlineOfItsOwn() {
        ExternalDeadlines owed = new ExternalDeadlines();
        owed.adultReportDue(Deadline.due(ADULTS_DUE, ADULTS_DUE.minusSeconds(86_400)));
        Instant missed = ADULTS_DUE.plusSeconds(1);

        assertThat(owed.adultReportTimescaleMissed(missed)).isTrue();
        assertThat(owed.adultReportTimescaleMissed(missed.plusSeconds(3600))).isFalse();
        assertThat(owed.adultReportBy().reminderAt()).isEqualTo(ADULTS_DUE.minusSeconds(86_400));
        assertThat(owed.adultReportBy().missedAt()).isEqualTo(missed);
        assertThat(owed.ladoReferralBy()).as("the LADO deadline is another one").isNull();
    }

    @Test
    void anAdultSafeguardingReportMissedBeforeItsDueDateWasKeptIsRecordedOnce() {
        ExternalDeadlines owed = new ExternalDeadlines();

        assertThat(owed.adultReportTimescaleMissed(ADULTS_DUE)).isTrue();
        assertThat(owed.adultReportBy().due()).isEqualTo(ADULTS_DUE);
        assertThat(owed.adultReportTimescaleMissed(ADULTS_DUE)).isFalse();
    }
}
