package uk.safeguardcases.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

class SecurityEventsTest {

    private static final Caller OFFICER = new Caller("chscb.officer", "Gwenllïan “Gwen” Ŵyn", "chscb",
            java.util.Set.of(Role.OFFICER), null);

    @Test
    void anEventIsOneLineOfJsonInUtcNamingWhoAndWhichBoardAndNeitherTheirNameNorTheQuery() {
        SecurityEvents.useClock(Clock.fixed(Instant.parse("2026-07-01T09:14:03.512Z"), ZoneId.of("Europe/London")));
        try {
            List<String> lines = captured(() -> CallerContext.runAs(OFFICER,
                    () -> SecurityEvents.authorisationRefused("/admin/accounts.xhtml?name=Siân&email=s@example.org",
                            "GET")));
            assertThat(lines).containsExactly("{\"time\":\"2026-07-01T09:14:03.512Z\",\"event\":\"authorisation-refused\","
                    + "\"account\":\"chscb.officer\",\"board\":\"chscb\",\"method\":\"GET\","
                    + "\"path\":\"/admin/accounts.xhtml\",\"status\":403}");
        } finally {
            SecurityEvents.useClock(Clock.systemUTC());
        }
    }

    @Test
    void nobodySignedInIsNullAndAQuoteOrANewLineCannotBreakTheLine() {
        String line = SecurityEvents.line(Instant.parse("2026-01-05T23:00:00Z"), SecurityEvents.Kind.TOKEN_REFUSED, null,
                null, Map.of("path", "/api/cases/\"x\"\n{\"event\":\"forged\"}", "credential", "api-key"));
        assertThat(line).isEqualTo("{\"time\":\"2026-01-05T23:00:00Z\",\"event\":\"token-refused\",\"account\":null,"
                + "\"board\":null,\"credential\":\"api-key\",\"path\":\"/api/cases/\\\"x\\\"\\n{\\\"event\\\":\\\"forged\\\"}\"}");
        assertThat(line).doesNotContain("\n");
    }

    @Test
    void everyKindIsWrittenToItsOwnLogger() {
        List<String> lines = captured(() -> {
            SecurityEvents.throttled("sign-in-address", null, null);
            SecurityEvents.secondFactorFailed("nscb.admin", "nscb", "authenticator-or-recovery-code");
            SecurityEvents.tokenRefused("personal-token", "/api/cases");
            SecurityEvents.recordNotFound("chscb.officer", "chscb", "/api/cases/NSCB-2026-0001", "GET");
            CallerContext.runAs(OFFICER, () -> SecurityEvents.administrativeChange("Person added"));
        });
        assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"time\":\"").endsWith("}"));
        assertThat(String.join("\n", lines)).contains("\"event\":\"throttled\"", "\"event\":\"second-factor-failed\"",
                "\"event\":\"token-refused\"", "\"event\":\"record-not-found\"", "\"event\":\"administrative-change\"",
                "\"action\":\"Person added\"").doesNotContain("Gwenllïan");
    }

    private static List<String> captured(Runnable work) {
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SecurityEvents.CATEGORY);
        logger.addHandler(handler);
        try {
            work.run();
        } finally {
            logger.removeHandler(handler);
        }
        return lines;
    }
}
