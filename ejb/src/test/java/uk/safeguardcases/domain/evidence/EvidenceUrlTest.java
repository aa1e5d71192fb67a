package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.evidence.EvidenceUrl.Problem;

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
        assertThat(EvidenceUrl.problem("ftp://files.example.org/x")).hasValue(Problem.NOT_HTTP);
        assertThat(EvidenceUrl.problem("javascript:alert(1)")).hasValue(Problem.NOT_HTTP);
        assertThat(EvidenceUrl.problem("file:///etc/passwd")).hasValue(Problem.NOT_HTTP);
        assertThat(EvidenceUrl.problem("www.facebook.com/page")).hasValue(Problem.NOT_HTTP);
        assertThat(EvidenceUrl.problem("https:///nohost")).hasValue(Problem.NO_SITE);
        assertThat(EvidenceUrl.problem("https://exa mple.org/")).hasValue(Problem.MALFORMED);
        assertThat(EvidenceUrl.problem("")).hasValue(Problem.MISSING);
        assertThat(EvidenceUrl.problem(null)).hasValue(Problem.MISSING);
    }

    @Test
    void anAddressWithCredentialsIsRefusedBecausePasswordsAreNeverRecorded() {
        assertThat(EvidenceUrl.problem("https://member:secret@private.example.org/album"))
                .hasValue(Problem.CREDENTIALS);
    }

    @Test
    void addressesLongerThanTwoThousandCharactersAreRefused() {
        assertThat(EvidenceUrl.problem("https://example.org/" + "p".repeat(2000))).hasValue(Problem.TOO_LONG);
    }
}
