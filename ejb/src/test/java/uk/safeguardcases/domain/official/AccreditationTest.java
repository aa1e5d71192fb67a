package uk.safeguardcases.domain.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * CHSCB authorised use 3.1: "All Authorised Users must be trained and certified. Certification must be renewed every
 * three years." The reminders 60 and 30 days before, and the expiry, once each per cycle.
 */
class AccreditationTest {

    private static final LocalDate PASSED = LocalDate.of(2026, 3, 10);
    private static final LocalDate EXPIRES = LocalDate.of(2029, 3, 10);
    private static final Instant RECORDED = Instant.parse("2026-03-10T15:00:00Z");

    private static Accreditation passed() {
        return new Accreditation("chscb.member", PASSED.minusDays(7), PASSED, "chscb.senior", RECORDED);
    }

    @Test
    void aCertificationIsValidForThreeYearsFromTheDayTheTestWasPassed() {
        Accreditation accreditation = passed();
        assertThat(accreditation.expiresOn()).isEqualTo(EXPIRES);
        assertThat(accreditation.validOn(PASSED.minusDays(1))).as("before the test was passed").isFalse();
        assertThat(accreditation.validOn(PASSED)).isTrue();
        assertThat(accreditation.validOn(EXPIRES.minusDays(1))).isTrue();
        assertThat(accreditation.validOn(EXPIRES)).as("not on its expiry day").isFalse();
        assertThat(accreditation.renewals()).isZero();
    }

    @Test
    void eachReminderIsSentOnceHoweverOftenItsJobRuns() {
        Accreditation accreditation = passed();
        Instant first = Certification.firstReminderAt(EXPIRES);
        Instant second = Certification.secondReminderAt(EXPIRES);
        assertThat(accreditation.remind(Certification.FIRST_REMINDER_DAYS, EXPIRES, first)).isTrue();
        assertThat(accreditation.remind(Certification.FIRST_REMINDER_DAYS, EXPIRES, first.plusSeconds(30))).isFalse();
        assertThat(accreditation.remind(Certification.SECOND_REMINDER_DAYS, EXPIRES, second)).isTrue();
        assertThat(accreditation.remind(Certification.SECOND_REMINDER_DAYS, EXPIRES, second.plusSeconds(30)))
                .isFalse();
        assertThat(accreditation.remind(45, EXPIRES, second)).as("no such reminder").isFalse();
        assertThat(accreditation.firstReminderSentAt()).isEqualTo(first);
        assertThat(accreditation.secondReminderSentAt()).isEqualTo(second);
    }

    @Test
    void anUnrenewedCertificationExpiresOnceAndIsNoLongerValidNorReminded() {
        Accreditation accreditation = passed();
        Instant expired = Certification.expiresAt(EXPIRES);
        assertThat(accreditation.expire(EXPIRES, expired)).isTrue();
        assertThat(accreditation.expire(EXPIRES, expired.plusSeconds(30))).as("the job run again").isFalse();
        assertThat(accreditation.expiredAt()).isEqualTo(expired);
        assertThat(accreditation.validOn(EXPIRES.minusDays(1))).isFalse();
        assertThat(accreditation.remind(Certification.SECOND_REMINDER_DAYS, EXPIRES, expired)).isFalse();
    }

    @Test
    void aRenewalStartsANewThreeYearCycleAndTheOldCyclesJobsDoNothing() {
        Accreditation accreditation = passed();
        accreditation.remind(Certification.FIRST_REMINDER_DAYS, EXPIRES, Certification.firstReminderAt(EXPIRES));
        accreditation.expire(EXPIRES, Certification.expiresAt(EXPIRES));
        LocalDate renewedOn = EXPIRES.plusDays(5);
        accreditation.renew(renewedOn.minusDays(1), renewedOn, "chscb.senior", Instant.parse("2029-03-15T10:00:00Z"));

        assertThat(accreditation.expiresOn()).isEqualTo(LocalDate.of(2032, 3, 15));
        assertThat(accreditation.renewals()).isOne();
        assertThat(accreditation.expiredAt()).isNull();
        assertThat(accreditation.firstReminderSentAt()).isNull();
        assertThat(accreditation.validOn(renewedOn)).isTrue();
        assertThat(accreditation.remind(Certification.SECOND_REMINDER_DAYS, EXPIRES, Instant.now()))
                .as("a reminder for the cycle the renewal replaced").isFalse();
        assertThat(accreditation.expire(EXPIRES, Instant.now())).isFalse();
        assertThat(accreditation.expiredAt()).isNull();
    }

    @Test
    void aRenewalIsPassedAfterTheLastTest() {
        Accreditation accreditation = passed();
        assertThatThrownBy(() -> accreditation.renew(PASSED, PASSED, "chscb.senior", RECORDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A renewal is passed after 2026-03-10");
        assertThat(accreditation.renewals()).isZero();
        assertThat(accreditation.expiresOn()).isEqualTo(EXPIRES);
    }

    @Test
    void onlyATestPassedAfterTheLastRenewsIt() {
        Accreditation accreditation = passed();
        assertThat(accreditation.renewedBy(PASSED)).isFalse();
        assertThat(accreditation.renewedBy(PASSED.minusDays(1))).isFalse();
        assertThat(accreditation.renewedBy(PASSED.plusDays(1))).isTrue();
    }
}
