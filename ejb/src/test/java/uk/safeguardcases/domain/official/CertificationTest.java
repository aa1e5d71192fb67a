package uk.safeguardcases.domain.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CHSCB authorised use 3.1: certification renewed every three years; reminded 60 and 30 days before. */
class CertificationTest {

    @Test
    void aCertificationExpiresAtTheStartOfItsExpiryDayInTheUk() {
        assertThat(Certification.expiresOn(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2029, 7, 1));
        assertThat(Certification.expiresAt(LocalDate.of(2029, 7, 1)))
                .as("midnight British Summer Time").isEqualTo(Instant.parse("2029-06-30T23:00:00Z"));
        assertThat(Certification.expiresAt(LocalDate.of(2029, 1, 15))).isEqualTo(Instant.parse("2029-01-15T00:00:00Z"));
    }

    @Test
    void theRemindersGoAtNineInTheMorningSixtyAndThirtyDaysBefore() {
        LocalDate expires = LocalDate.of(2029, 3, 10);
        assertThat(Certification.firstReminderAt(expires)).isEqualTo(Instant.parse("2029-01-09T09:00:00Z"));
        assertThat(Certification.secondReminderAt(expires)).isEqualTo(Instant.parse("2029-02-08T09:00:00Z"));
    }
}
