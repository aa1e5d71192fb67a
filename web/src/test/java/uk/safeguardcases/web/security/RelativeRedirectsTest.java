package uk.safeguardcases.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

    @Test
    void anAddressBuiltFromTheRequestsHostLosesTheHost() {
        assertThat(RelativeRedirects.relative("http://evil.example/login.xhtml?provider=refused", "http",
                "evil.example", 80, 8080)).isEqualTo("/login.xhtml?provider=refused");
        assertThat(RelativeRedirects.relative("https://EVIL.example:8443/officer/case.xhtml?ref=CHSCB-2026-0042#top",
                "https", "evil.example", 8443, 8443)).isEqualTo("/officer/case.xhtml?ref=CHSCB-2026-0042#top");
        assertThat(RelativeRedirects.relative("http://127.0.0.1:8080", "http", "127.0.0.1", 8080, 8080))
                .isEqualTo("/");
    }

    @Test
    void aPathThatWouldReadAsAnotherHostKeepsOneSlash() {
        assertThat(RelativeRedirects.relative("http://evil.example//other.example/x", "http", "evil.example", 80, 80))
                .isEqualTo("/other.example/x");
    }

    @Test
    void addressesElsewhereAreLeftAlone() {
        // a board's identity provider on the same machine, another port
        assertThat(RelativeRedirects.relative("http://127.0.0.1:8180/realms/board/auth?x=1", "http", "127.0.0.1",
                8080, 8080)).isNull();
        // the HTTPS redirect: same host, another scheme
        assertThat(RelativeRedirects.relative("https://localhost/login.xhtml", "http", "localhost", 80, 80)).isNull();
        assertThat(RelativeRedirects.relative("https://idp.example/authorize", "https", "cases.example", 443, 8443))
                .isNull();
        assertThat(RelativeRedirects.relative("/login.xhtml", "http", "localhost", 80, 80)).isNull();
        assertThat(RelativeRedirects.relative("not an address", "http", "localhost", 80, 80)).isNull();
    }
}
