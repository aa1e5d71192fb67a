package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

class PendingChecksTest {

    private static final String PAGE = "/hr/referral.xhtml";
    private final PendingChecks checks = new PendingChecks();
    private final Caller harriet = new Caller("cwmtaf.hr", "Harriet Hughes", "cwmtaf", Set.of(Role.HR), 7L);

    @Test
    void aWaitingDecisionIsFoundByItsPageRecordAndCheckUntilItIsAnswered() {
        CallerContext.runAs(harriet, () -> {
            checks.keep(PAGE, "CT-2026-0002", "outcome", "written warning");
            assertThat(checks.waiting(PAGE, "CT-2026-0002", "outcome", String.class)).isEqualTo("written warning");
            assertThat(checks.waiting(PAGE, "CT-2026-0003", "outcome", String.class)).as("another record").isNull();
            assertThat(checks.waiting("/officer/case.xhtml", "CT-2026-0002", "outcome", String.class))
                    .as("another page").isNull();
            assertThat(checks.waiting(PAGE, "CT-2026-0002", "outcome", Integer.class)).as("not what was kept").isNull();
            checks.forget(PAGE, "CT-2026-0002", "outcome");
            assertThat(checks.waiting(PAGE, "CT-2026-0002", "outcome", String.class)).isNull();
        });
    }

    @Test
    void whatOnePersonKeepsIsNeverFoundForAnotherPersonOrBoard() {
        CallerContext.runAs(harriet, () -> checks.keep(PAGE, "CT-2026-0002", "outcome", "written warning"));
        Caller colleague = new Caller("cwmtaf.hr2", "Hywel Hughes", "cwmtaf", Set.of(Role.HR), 7L);
        Caller otherBoard = new Caller("cwmtaf.hr", "Harriet Hughes", "nscb", Set.of(Role.HR), 9L);
        for (Caller other : new Caller[] {colleague, otherBoard}) {
            CallerContext.runAs(other, () -> assertThat(checks.waiting(PAGE, "CT-2026-0002", "outcome", String.class))
                    .as(other.username() + " of " + other.tenantId()).isNull());
        }
        CallerContext.runAs(harriet, () -> assertThat(checks.waiting(PAGE, "CT-2026-0002", "outcome", String.class))
                .isEqualTo("written warning"));
    }
}
