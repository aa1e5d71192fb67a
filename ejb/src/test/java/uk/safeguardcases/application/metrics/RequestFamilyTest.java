package uk.safeguardcases.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RequestFamilyTest {

    @Test
    void eachWorkspaceIsItsOwnFamilyWhateverThePageOrItsQuery() {
        assertThat(RequestFamily.of("/officer/case.xhtml?ref=CHSCB-2026-0042")).isEqualTo(RequestFamily.OFFICER);
        assertThat(RequestFamily.of("/officer/cases.csv")).isEqualTo(RequestFamily.OFFICER);
        assertThat(RequestFamily.of("/senior/work.xhtml")).isEqualTo(RequestFamily.SENIOR);
        assertThat(RequestFamily.of("/hr/referral-pack")).isEqualTo(RequestFamily.HR);
        assertThat(RequestFamily.of("/portal/request.xhtml;jsessionid=ABC")).isEqualTo(RequestFamily.PORTAL);
        assertThat(RequestFamily.of("/admin/people.xhtml")).isEqualTo(RequestFamily.ADMIN);
        assertThat(RequestFamily.of("/api/cases/CHSCB-2026-0042")).isEqualTo(RequestFamily.API);
    }

    @Test
    void theOfficialAccountsPagesAreOneFamilyInWhicheverWorkspace() {
        assertThat(RequestFamily.of("/senior/official-accounts.xhtml")).isEqualTo(RequestFamily.OFFICIAL);
        assertThat(RequestFamily.of("/portal/official-account.xhtml?ref=X")).isEqualTo(RequestFamily.OFFICIAL);
        assertThat(RequestFamily.of("/official/anything")).isEqualTo(RequestFamily.OFFICIAL);
    }

    @Test
    void signingInIsItsOwnFamily() {
        assertThat(Arrays.asList("/login.xhtml", "/sign-in/code.xhtml", "/sign-in/provider", "/sign-in/returned",
                "/logout", "/forgot-password.xhtml", "/reset-password.xhtml?token=abc", "/j_security_check"))
                .allSatisfy(path -> assertThat(RequestFamily.of(path)).as(path).isEqualTo(RequestFamily.SIGN_IN));
    }

    @Test
    void everythingElseIsOther() {
        assertThat(Arrays.asList(null, "", "/", "/home", "/account.xhtml", "/jakarta.faces.resource/theme.css",
                "/keep-alive", "/officers/x", "/adminx"))
                .allSatisfy(path -> assertThat(RequestFamily.of(path)).as(String.valueOf(path))
                        .isEqualTo(RequestFamily.OTHER));
    }

    @Test
    void theLabelsAreTheFiguresFamilies() {
        assertThat(Arrays.stream(RequestFamily.values()).map(RequestFamily::label)).containsExactly(
                "officer", "senior", "hr", "portal", "admin", "official", "api", "sign_in", "other");
    }
}
