package uk.safeguardcases.application.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * The board's register of its official accounts (CHSCB authorised use 2.3-2.6): an account it already runs, such as
 * its shared one, registered directly by a senior manager who checked its profile picture; each with its accredited
 * users and their certification; another board's never shown. Over accounts kept in memory.
 */
class AccountRegisterTest {

    private final OfficialAccountsFixture f = new OfficialAccountsFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.senior);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    @Test
    void theBoardsSharedAccountIsRegisteredAsItRunsAndComesFirst() {
        f.register.register(Platform.FACEBOOK, "Hackney Safeguarding Team", "chscb.member", "Ceri Jones",
                "Designated Officer", null, false, true);
        long shared = f.sharedAccount();

        assertThat(f.register.register()).extracting(OfficialAccountView::handle)
                .containsExactly("@lscb_chscb", "Hackney Safeguarding Team");
        OfficialAccountView view = f.register.account(shared);
        assertThat(view.shared()).isTrue();
        assertThat(view.ownerName()).isEqualTo("Gwenllian Morgan");
        assertThat(view.pictureCheckedByName()).isEqualTo("Gwenllian Morgan");
        assertThat(view.users()).isEmpty();
        assertThat(f.register.choices()).extracting(OfficialAccountChoice::handle)
                .containsExactly("@lscb_chscb", "Hackney Safeguarding Team");
        assertThat(f.timeline.recorded()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.OFFICIAL_ACCOUNT_REGISTERED);
            assertThat(entry.detail()).isEqualTo("@lscb_chscb (X / Twitter) registered as the board's shared account,"
                    + " set up as CHSCB, City & Hackney Safeguarding Children Partnership; head-and-shoulders profile"
                    + " picture checked by Gwenllian Morgan.");
        });
    }

    @Test
    void anAccountWithoutItsOwnerOrPictureCheckOrOneTheBoardHasIsNotRegistered() {
        f.sharedAccount();
        assertThatThrownBy(() -> f.register.register(Platform.X_TWITTER, "@LSCB_chscb", "nobody", "", "", null,
                false, false)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                .containsOnlyKeys("handle", "setUpName", "jobTitle", "owner", "pictureChecked")
                .containsEntry("owner", "Choose a person of the board."));
        assertThatThrownBy(() -> f.register.register(Platform.INSTAGRAM, "@x", "lscb.senior", "CHSCB", "Manager",
                null, false, true)).as("another board's person").isInstanceOf(InvalidInputException.class);
        assertThat(f.register.register()).hasSize(1);
    }

    @Test
    void eachAccountShowsItsListedUsersWithTheirCertification() {
        long shared = f.sharedAccount();
        LocalDate passed = f.today().minusDays(2);
        f.accreditations.recordAccreditation("chscb.member", passed.minusDays(7), passed);
        f.accreditations.list(shared, "chscb.member", "Editor");

        assertThat(f.register.account(shared).users()).singleElement().satisfies(user -> {
            assertThat(user.name()).isEqualTo("Ceri Jones");
            assertThat(user.designatedRole()).isEqualTo("Editor");
            assertThat(user.passedOn()).isEqualTo(passed);
            assertThat(user.expiresOn()).isEqualTo(passed.plusYears(3));
            assertThat(user.suspended()).isFalse();
        });
    }

    @Test
    void theRegisterIsForTheBoardsStaffAndAnotherBoardsAccountIsNotFound() {
        long shared = f.sharedAccount();
        CallerContext.set(f.officer);
        assertThat(f.register.register()).hasSize(1);
        assertThatThrownBy(() -> f.register.boardPeople()).as("for the senior's forms")
                .isInstanceOf(AccessRefusedException.class);
        CallerContext.set(f.member);
        assertThatThrownBy(() -> f.register.register()).isInstanceOf(AccessRefusedException.class);
        CallerContext.set(f.theirSenior);
        assertThat(f.register.register()).isEmpty();
        assertThat(f.register.choices()).isEmpty();
        assertThatThrownBy(() -> f.register.account(shared)).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no such official account.");
        assertThat(f.register.boardPeople()).containsOnlyKeys("lscb.senior");
    }
}
