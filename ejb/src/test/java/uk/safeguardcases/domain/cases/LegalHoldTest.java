package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A legal hold on its own: who placed it, why and when, until it is lifted. */
class LegalHoldTest {

    private static final Instant TRIBUNAL = Instant.parse("2026-11-22T11:00:00Z");

    @Test
    void aCaseNeverHeldIsNotHeldAndNamesNobody() {
        LegalHold hold = new LegalHold();

        assertThat(hold.held()).isFalse();
        assertThat(hold.heldAt()).isNull();
        assertThat(hold.heldBy()).isNull();
        assertThat(hold.reason()).isNull();
    }

    @Test
    void aHoldSaysWhoPlacedItWhyAndWhen() {
        LegalHold hold = new LegalHold();
        hold.place("chscb.senior", "Employment tribunal claim lodged by Mr Rhys ap Gwilym.", TRIBUNAL);

        assertThat(hold.held()).isTrue();
        assertThat(hold.heldAt()).isEqualTo(TRIBUNAL);
        assertThat(hold.heldBy()).isEqualTo("chscb.senior");
        assertThat(hold.reason()).isEqualTo("Employment tribunal claim lodged by Mr Rhys ap Gwilym.");
    }

    @Test
    void aSecondHoldReplacesTheFirst() {
        LegalHold hold = new LegalHold();
        hold.place("chscb.senior", "Employment tribunal claim lodged.", TRIBUNAL);
        Instant police = TRIBUNAL.plusSeconds(86_400);
        hold.place("chscb.senior2", "Heddlu Gwent’s investigation asks that nothing is removed.", police);

        assertThat(hold.heldAt()).isEqualTo(police);
        assertThat(hold.heldBy()).isEqualTo("chscb.senior2");
        assertThat(hold.reason()).isEqualTo("Heddlu Gwent’s investigation asks that nothing is removed.");
    }

    @Test
    void aLiftedHoldForgetsWhoPlacedItAndWhy() {
        LegalHold hold = new LegalHold();
        hold.place("chscb.senior", "Complaint to the Ombudsman.", TRIBUNAL);

        hold.lift();

        assertThat(hold.held()).isFalse();
        assertThat(hold.heldAt()).isNull();
        assertThat(hold.heldBy()).isNull();
        assertThat(hold.reason()).isNull();
    }
}
