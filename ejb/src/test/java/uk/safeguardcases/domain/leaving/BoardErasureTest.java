package uk.safeguardcases.domain.leaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.leaving.BoardErasure.Refusal;

/** A board's erasure: 30 days to wait, and a second person, never the one who asked, to confirm it. */
class BoardErasureTest {

    private static final Instant ASKED = Instant.parse("2026-11-02T10:15:00Z");

    private static BoardErasure askedBy(String who) {
        return BoardErasure.asked("chscb", "City & Hackney Safeguarding Children Board", "Contract ends – ŵ ŷ", who,
                ASKED);
    }

    @Test
    void anotherAdministratorMayConfirmOnceThirtyDaysHavePassedAndNotASecondSooner() {
        BoardErasure erasure = askedBy("chscb.admin");
        assertThat(erasure.confirmableFrom()).isEqualTo(Instant.parse("2026-12-02T10:15:00Z"));
        assertThat(erasure.refusalToConfirm("chscb.admin2", ASKED.plus(Duration.ofDays(30)).minusSeconds(1)))
                .contains(Refusal.TOO_SOON);
        assertThat(erasure.refusalToConfirm("chscb.admin2", ASKED.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(erasure.refusalToConfirm("operator:Olwen", ASKED.plus(Duration.ofDays(45)))).isEmpty();
    }

    @Test
    void whoAskedNeverConfirmsHowLongSoEverTheyWait() {
        assertThat(askedBy("chscb.admin").refusalToConfirm("chscb.admin", ASKED.plus(Duration.ofDays(400))))
                .contains(Refusal.SAME_PERSON);
        assertThat(askedBy("operator:Olwen").refusalToConfirm("operator:Olwen", ASKED.plus(Duration.ofDays(400))))
                .as("an operator who asked").contains(Refusal.SAME_PERSON);
        assertThat(askedBy("operator:Olwen").refusalToConfirm("chscb.admin", ASKED.plus(Duration.ofDays(31))))
                .isEmpty();
        assertThatThrownBy(() -> askedBy("chscb.admin").erased("chscb.admin", ASKED.plus(Duration.ofDays(31)),
                Map.of(), 0, 1, "0".repeat(64), true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWithdrawnOrCarriedOutRequestCannotBeConfirmed() {
        BoardErasure withdrawn = askedBy("chscb.admin");
        withdrawn.withdraw("chscb.admin", ASKED.plusSeconds(60));
        assertThat(withdrawn.open()).isFalse();
        assertThat(withdrawn.refusalToConfirm("chscb.admin2", ASKED.plus(Duration.ofDays(31))))
                .contains(Refusal.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.withdraw("chscb.admin", ASKED.plusSeconds(90)))
                .isInstanceOf(IllegalStateException.class);

        BoardErasure erased = askedBy("chscb.admin");
        Instant at = ASKED.plus(Duration.ofDays(31));
        erased.erased("chscb.admin2", at, Map.of("safeguarding_case", 3L, "board", 1L), 2, 41, "a".repeat(64), true);
        assertThat(erased.erasedAt()).isEqualTo(at);
        assertThat(erased.confirmedBy()).isEqualTo("chscb.admin2");
        assertThat(erased.rowsErased()).containsEntry("safeguarding_case", 3L);
        assertThat(erased.refusalToConfirm("chscb.admin3", at.plusSeconds(1))).contains(Refusal.ALREADY_ERASED);
    }

    @Test
    void aBlankReasonIsNoReason() {
        assertThat(BoardErasure.asked("lscb", "LSCB", "   ", "lscb.admin", ASKED).reason()).isNull();
    }
}
