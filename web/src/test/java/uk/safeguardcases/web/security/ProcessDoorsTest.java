package uk.safeguardcases.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages.ProtectedPath;

/** A protected path is matched as the servlet container matches a security constraint's URL pattern. */
class ProcessDoorsTest {

    private static final ProtectedPath ANNUAL = ProtectedPath.of("/annual/*", Role.SENIOR, Role.ADMIN);
    private static final ProtectedPath CSV = ProtectedPath.of("/annual/report.csv", Role.ADMIN);

    @Test
    void aPrefixHoldsItselfAndEverythingUnderItAndNothingElse() {
        for (String path : List.of("/annual", "/annual/", "/annual/report.xhtml", "/annual/report.csv",
                "/annual/a/b")) {
            assertThat(ProcessDoors.protecting(List.of(ANNUAL), path)).as(path).contains(ANNUAL);
        }
        for (String path : List.of("/annuals/report.xhtml", "/officer/annual/report.xhtml", "/", "/annual.xhtml")) {
            assertThat(ProcessDoors.protecting(List.of(ANNUAL), path)).as(path).isEmpty();
        }
    }

    @Test
    void anExactPathWinsOverAPrefixWhicheverIsDeclaredFirst() {
        assertThat(ProcessDoors.protecting(List.of(ANNUAL, CSV), "/annual/report.csv")).contains(CSV);
        assertThat(ProcessDoors.protecting(List.of(CSV, ANNUAL), "/annual/report.csv")).contains(CSV);
        assertThat(ProcessDoors.protecting(List.of(CSV, ANNUAL), "/annual/report.pdf")).contains(ANNUAL);
        ProtectedPath longer = ProtectedPath.of("/annual/archive/*", Role.ADMIN);
        assertThat(ProcessDoors.protecting(List.of(ANNUAL, longer), "/annual/archive/2025.pdf")).contains(longer);
    }
}
