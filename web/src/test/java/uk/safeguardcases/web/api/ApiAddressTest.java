package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiAddressTest {

    @Test
    void anAddressIsTakenWhenItsEscapesAreUtf8AndRefusedWhenTheyAreNot() {
        assertThat(ApiAuthenticationFilter.escapedUtf8(null)).isTrue();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/CHSCB-2026-0001")).isTrue();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases?q=Gw%C5%B5n+Pr%C5%B7s%20%E2%80%9Cx%E2%80%9D"))
                .as("ŵ, ŷ and curly quotes").isTrue();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/%F0%9F%99%82")).as("an emoji").isTrue();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/%ff%fe")).isFalse();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/%c0%af")).as("an overlong slash").isFalse();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/%e2%82")).as("cut short").isFalse();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/%")).isFalse();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/%zz")).isFalse();
        assertThat(ApiAuthenticationFilter.escapedUtf8("/api/cases/%4")).isFalse();
    }
}
