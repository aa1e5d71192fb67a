package uk.safeguardcases.application.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * An investigation about the use of one of the board's official accounts (CHSCB authorised use 3.3, 4, 5): the case
 * names the account, its page shows the account with its accredited users, and the timeline of the case says so.
 */
class CaseOfficialAccountsTest {

    private final OfficialAccountsFixture f = new OfficialAccountsFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.officer);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    @Test
    void aCaseNamesTheAccountItIsAboutAndCanBeAboutNoneAgain() {
        long shared = f.sharedAccount();
        SafeguardingCase c = f.caseRaised("CHSCB-2026-0007");
        assertThat(f.caseAccounts.accountOfCase("CHSCB-2026-0007")).isEmpty();

        f.caseAccounts.linkCase("CHSCB-2026-0007", shared);

        assertThat(c.officialAccountId()).isEqualTo(shared);
        assertThat(f.caseAccounts.accountOfCase("CHSCB-2026-0007")).get()
                .extracting(OfficialAccountView::handle).isEqualTo("@lscb_chscb");
        f.caseAccounts.linkCase("CHSCB-2026-0007", null);
        assertThat(c.officialAccountId()).isNull();
        assertThat(f.timeline.recorded()).filteredOn(e -> e.action() == AuditAction.CASE_OFFICIAL_ACCOUNT_NAMED)
                .allSatisfy(e -> assertThat(e.caseId()).isEqualTo(c.id()))
                .extracting(RecordedTimeline.Recorded::detail).containsExactly(
                        "The case is about the official account @lscb_chscb (X / Twitter).",
                        "The case is not about an official account.");
    }

    @Test
    void anotherBoardsAccountIsNotFoundAndNobodyButTheBoardsStaffNamesOne() {
        CallerContext.set(f.theirSenior);
        long theirs = f.register.register(Platform.X_TWITTER, "@lscb", "lscb.senior",
                "LSCB", "Board manager", null, true, true);
        CallerContext.set(f.officer);
        SafeguardingCase c = f.caseRaised("CHSCB-2026-0008");

        assertThatThrownBy(() -> f.caseAccounts.linkCase("CHSCB-2026-0008", theirs))
                .isInstanceOf(NotFoundException.class);
        assertThat(c.officialAccountId()).isNull();
        CallerContext.set(f.member);
        assertThatThrownBy(() -> f.caseAccounts.linkCase("CHSCB-2026-0008", null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(f.timeline.actions()).doesNotContain(AuditAction.CASE_OFFICIAL_ACCOUNT_NAMED);
    }
}
