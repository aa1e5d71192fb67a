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
}
