package uk.safeguardcases.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Four eyes: whoever asks never authorises or approves it themselves. */
class SeparationOfDutiesTest {

    @Test
    void theOfficerWhoTriagedCannotAuthoriseTheInvestigation() {
        assertThat(SeparationOfDuties.permits("chscb.officer", "chscb.officer")).isFalse();
    }

    @Test
    void anotherPersonMay() {
        assertThat(SeparationOfDuties.permits("chscb.officer", "chscb.senior")).isTrue();
        assertThat(SeparationOfDuties.permits("Siân.ap.Dafydd", "sian.ap.dafydd"))
                .as("user names are compared exactly, as they are stored").isTrue();
    }

    @Test
    void whatNobodyHasAskedForYetAnyoneMayDecide() {
        assertThat(SeparationOfDuties.permits(null, "chscb.senior")).isTrue();
    }
}
