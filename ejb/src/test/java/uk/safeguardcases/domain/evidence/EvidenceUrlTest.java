package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceUrlTest {

    @Test
    void completeHttpAndHttpsAddressesAreAccepted() {
        assertThat(EvidenceUrl.problem("https://www.facebook.com/some.page/posts/123")).isEmpty();
        assertThat(EvidenceUrl.problem("http://blog.example.org/2026/01/post?id=4#c2")).isEmpty();
        assertThat(EvidenceUrl.problem("HTTPS://www.tiktok.com/@someone/video/1")).isEmpty();
        assertThat(EvidenceUrl.problem("https://" + "a".repeat(1980) + ".example")).isEmpty();
    }

    @Test
    void otherSchemesRelativeAddressesAndNonsenseAreRefused() {
        assertThat(EvidenceUrl.problem("ftp://files.example.org/x")).isPresent();
        assertThat(EvidenceUrl.problem("javascript:alert(1)")).isPresent();
        assertThat(EvidenceUrl.problem("file:///etc/passwd")).isPresent();
        assertThat(EvidenceUrl.problem("www.facebook.com/page")).isPresent();
        assertThat(EvidenceUrl.problem("https:///nohost")).isPresent();
        assertThat(EvidenceUrl.problem("https://exa mple.org/")).isPresent();
        assertThat(EvidenceUrl.problem("")).isPresent();
        assertThat(EvidenceUrl.problem(null)).isPresent();
    }

    @Test
    void anAddressWithCredentialsIsRefusedBecausePasswordsAreNeverRecorded() {
        assertThat(EvidenceUrl.problem("https://member:secret@private.example.org/album"))
                .hasValueSatisfying(message -> assertThat(message).contains("password"));
    }

    @Test
    void addressesLongerThanTwoThousandCharactersAreRefused() {
        assertThat(EvidenceUrl.problem("https://example.org/" + "p".repeat(2000)))
                .hasValueSatisfying(message -> assertThat(message).contains("2,000"));
    }
}
