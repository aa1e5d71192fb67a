package uk.safeguardcases.domain.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of the link that confirms a reporter's e-mail address. */
class AddressConfirmationTest {

    private static final Instant SENT = Instant.parse("2026-11-20T19:02:00Z");

    private static PublicReport report(String email) {
        return PublicReport.receive(7L, "ab", ReporterRelation.PUBLIC, null, "Siân", email, null, SENT);
    }

    @Test
    void aTokenIsRandomLongAndKeptOnlyAsItsHash() {
        String one = AddressConfirmation.newToken();
        String two = AddressConfirmation.newToken();
        assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(two);
        assertThat(AddressConfirmation.digest(one)).hasSize(64).isNotEqualTo(AddressConfirmation.digest(two))
                .doesNotContain(one);
        assertThat(AddressConfirmation.digest(" " + one + "\n")).as("as copied from an e-mail")
                .isEqualTo(AddressConfirmation.digest(one));
        for (String nonsense : new String[] {null, "", "x", one + "A", one.substring(1) + "!", "' or 1=1 --"}) {
            assertThat(AddressConfirmation.digest(nonsense)).as(String.valueOf(nonsense)).isEqualTo("-");
        }
    }

    @Test
    void oneLinkIsAskedForAnAddressAndNoneWithoutOne() {
        PublicReport report = report("gohebydd@example.org");
        assertThat(report.emailConfirmed()).isFalse();
        assertThat(report.confirmedEmail()).as("nothing is written to it yet").isNull();
        assertThat(report.askToConfirmAddress(SENT)).isPresent();
        assertThat(report.askToConfirmAddress(SENT)).as("one link, never a second").isEmpty();
        assertThat(report(null).askToConfirmAddress(SENT)).as("anonymous: nothing to confirm").isEmpty();
    }

    @Test
    void theRightTokenConfirmsOnceBeforeItExpires() {
        PublicReport report = report("gohebydd@example.org");
        String token = report.askToConfirmAddress(SENT).orElseThrow();
        String digest = AddressConfirmation.digest(token);
        Instant later = SENT.plus(Duration.ofDays(6));
        assertThat(report.confirmAddress(AddressConfirmation.digest(AddressConfirmation.newToken()), later)).isFalse();
        assertThat(report.confirmAddress("-", later)).isFalse();
        assertThat(report.emailConfirmed()).isFalse();
        assertThat(report.confirmAddress(digest, later)).isTrue();
        assertThat(report.emailConfirmed()).isTrue();
        assertThat(report.confirmedEmail()).isEqualTo("gohebydd@example.org");
        assertThat(report.confirmAddress(digest, later)).as("used once").isFalse();
        assertThat(report.askToConfirmAddress(later)).as("confirmed: no new link").isEmpty();
    }

    @Test
    void anExpiredTokenOrOneWhoseReportLostItsDetailsConfirmsNothing() {
        PublicReport expired = report("gohebydd@example.org");
        String digest = AddressConfirmation.digest(expired.askToConfirmAddress(SENT).orElseThrow());
        assertThat(expired.confirmAddress(digest, SENT.plus(AddressConfirmation.LIFETIME))).isFalse();
        assertThat(expired.confirmAddress(digest, SENT.plus(AddressConfirmation.LIFETIME).minusSeconds(1))).isTrue();

        PublicReport removed = report("gohebydd@example.org");
        String kept = AddressConfirmation.digest(removed.askToConfirmAddress(SENT).orElseThrow());
        removed.removeDetails(SENT.plusSeconds(60));
        assertThat(removed.confirmAddress(kept, SENT.plusSeconds(120))).isFalse();
        assertThat(removed.confirmedEmail()).isNull();
    }

    @Test
    void theLinkIsSentAgainOnlyAnHourApartAtMostThreeTimesAndNeverOnceConfirmed() {
        PublicReport report = report("gohebydd@example.org");
        String first = report.askToConfirmAddress(SENT).orElseThrow();
        assertThat(report.emailWaitingConfirmation()).isTrue();
        assertThat(report.linkAgainRefusal(SENT.plus(Duration.ofMinutes(59))))
                .contains(AddressConfirmation.NoLink.TOO_SOON);
        assertThat(report.askToConfirmAddressAgain(SENT.plus(Duration.ofMinutes(59)))).isEmpty();
        Instant later = SENT.plus(Duration.ofMinutes(61));
        String second = report.askToConfirmAddressAgain(later).orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(report.confirmAddress(AddressConfirmation.digest(first), later)).as("the old link is replaced")
                .isFalse();
        String third = report.askToConfirmAddressAgain(later.plus(Duration.ofHours(2))).orElseThrow();
        assertThat(report.linkAgainRefusal(later.plus(Duration.ofDays(30))))
                .as("three links in all, even after the last expired").contains(AddressConfirmation.NoLink.NO_MORE);
        assertThat(report.confirmAddress(AddressConfirmation.digest(second), later.plus(Duration.ofHours(3))))
                .isFalse();
        assertThat(report.confirmAddress(AddressConfirmation.digest(third), later.plus(Duration.ofHours(3))))
                .isTrue();
        assertThat(report.emailWaitingConfirmation()).isFalse();
        assertThat(report.linkAgainRefusal(later.plus(Duration.ofHours(4))))
                .contains(AddressConfirmation.NoLink.CONFIRMED);
    }

    @Test
    void anAddressGivenBeforeLinksWereSentGetsOneWhenAskedAndAnExpiredLinkIsReplacedAtOnce() {
        PublicReport never = report("hen@example.org");
        assertThat(never.linkAgainRefusal(SENT)).as("given before links were sent: none yet").isEmpty();
        assertThat(never.askToConfirmAddressAgain(SENT)).isPresent();
        PublicReport expired = report("gohebydd@example.org");
        expired.askToConfirmAddress(SENT);
        assertThat(expired.linkAgainRefusal(SENT.plus(AddressConfirmation.LIFETIME))).isEmpty();
        assertThat(report(null).linkAgainRefusal(SENT)).contains(AddressConfirmation.NoLink.NO_ADDRESS);
        PublicReport removed = report("gohebydd@example.org");
        removed.removeDetails(SENT);
        assertThat(removed.linkAgainRefusal(SENT)).contains(AddressConfirmation.NoLink.NO_ADDRESS);
    }
}
