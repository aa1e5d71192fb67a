package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogContextFilterTest {

    @Test
    void aSaneRequestIdFromTheCallerIsKeptAndAnythingElseReplaced() {
        assertThat(LogContextFilter.requestId("lb-7f3a2c9e-0001")).isEqualTo("lb-7f3a2c9e-0001");
        for (String insane : new String[] {null, "", "short", "x".repeat(65), "id with spaces 123",
                "abc123456\n2026-11-26 ERROR forged line", "Rhys.Jones@example.org"}) {
            String id = LogContextFilter.requestId(insane);
            assertThat(id).as(String.valueOf(insane)).isNotEqualTo(insane).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void theCaseReferenceComesFromTheRefParameterOrAnApiPathWhenItLooksLikeOne() {
        assertThat(LogContextFilter.reference("ref=CHSCB-2026-0042", "/officer/case.xhtml"))
                .isEqualTo("CHSCB-2026-0042");
        assertThat(LogContextFilter.reference("tab=2&ref=CWMTAF-2026-12345", "/hr/referral.xhtml"))
                .isEqualTo("CWMTAF-2026-12345");
        assertThat(LogContextFilter.reference(null, "/api/cases/NSCB-2026-0007/triage")).isEqualTo("NSCB-2026-0007");
    }

    @Test
    void anythingElseInTheirPlaceIsNotLogged() {
        assertThat(LogContextFilter.reference("ref=Rhys%20Jones", "/officer/case.xhtml")).isNull();
        assertThat(LogContextFilter.reference("href=CHSCB-2026-0042", "/officer/case.xhtml")).isNull();
        assertThat(LogContextFilter.reference("ref=CHSCB-2026-0042%0AERROR", "/officer/case.xhtml")).isNull();
        assertThat(LogContextFilter.reference(null, "/api/cases/rhys.jones@example.org")).isNull();
        assertThat(LogContextFilter.reference(null, "/officer/cases.xhtml")).isNull();
    }
}
