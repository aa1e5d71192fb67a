package uk.safeguardcases.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.people.AccessScope.Limits;

/** Whose cases each caller sees on their board; a missing organisation or username never means "every case". */
class AccessScopeTest {

    @Test
    void boardStaffTheMonitoringToolAndJobsSeeTheWholeBoard() {
        assertThat(AccessScope.of(Set.of(Role.OFFICER), null, "chscb.officer")).isEqualTo(Limits.NONE);
        assertThat(AccessScope.of(Set.of(Role.SENIOR, Role.MEMBER), 7L, "chscb.senior")).isEqualTo(Limits.NONE);
        assertThat(AccessScope.of(Set.of(Role.ADMIN, Role.HR), 7L, "chscb.admin")).isEqualTo(Limits.NONE);
        assertThat(AccessScope.of(Set.of(Role.INTAKE), null, "api:monitor")).isEqualTo(Limits.NONE);
        assertThat(AccessScope.of(Set.of(), null, "system")).as("the engine and jobs").isEqualTo(Limits.NONE);
    }

    @Test
    void anHrPartnerSeesTheirOrganisationsReferrals() {
        assertThat(AccessScope.of(Set.of(Role.HR), 7L, "chscb.hr"))
                .isEqualTo(new Limits(7L, AccessScope.ANY_MEMBER));
        assertThat(AccessScope.of(Set.of(Role.HR, Role.MEMBER), 7L, "chscb.hr"))
                .as("an HR partner who is also a member").isEqualTo(new Limits(7L, AccessScope.ANY_MEMBER));
    }

    @Test
    void aMemberSeesTheCasesAboutThemselves() {
        assertThat(AccessScope.of(Set.of(Role.MEMBER), 7L, "Siân.ap.Dafydd"))
                .isEqualTo(new Limits(AccessScope.ANY_ORGANISATION, "Siân.ap.Dafydd"));
    }

    @Test
    void anHrPartnerWithNoOrganisationSeesNothing() {
        assertThat(AccessScope.of(Set.of(Role.HR), null, "chscb.hr")).isEqualTo(Limits.NOTHING);
        assertThat(AccessScope.of(Set.of(Role.HR, Role.MEMBER), null, "chscb.hr")).isEqualTo(Limits.NOTHING);
        assertThat(AccessScope.of(Set.of(Role.HR), -1L, "chscb.hr"))
                .as("never the value that means any organisation").isEqualTo(Limits.NOTHING);
    }

    @Test
    void aMemberWithNoUsernameSeesNothing() {
        assertThat(AccessScope.of(Set.of(Role.MEMBER), 7L, null)).isEqualTo(Limits.NOTHING);
        assertThat(AccessScope.of(Set.of(Role.MEMBER), 7L, " ")).isEqualTo(Limits.NOTHING);
        assertThat(AccessScope.of(Set.of(Role.MEMBER), 7L, AccessScope.ANY_MEMBER))
                .as("never the value that means any member").isEqualTo(Limits.NOTHING);
    }

    @Test
    void nothingIsNotTheLimitThatLetsEverythingThrough() {
        assertThat(Limits.NOTHING).isNotEqualTo(Limits.NONE);
        assertThat(Limits.NOTHING.hrOrganisation()).isNotEqualTo(AccessScope.ANY_ORGANISATION);
    }
}
