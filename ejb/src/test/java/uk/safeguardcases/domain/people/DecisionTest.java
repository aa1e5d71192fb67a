package uk.safeguardcases.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who decided, and when: one value for every decision the boards' processes record. */
class DecisionTest {

    private static final Instant AT = Instant.parse("2026-11-27T09:30:00Z");

    @Test
    void aDecisionIsMadeBySomeoneAtSomeTime() {
        Decision decision = Decision.by("lscb.senior", AT);
        assertThat(decision.by()).isEqualTo("lscb.senior");
        assertThat(decision.at()).isEqualTo(AT);
        assertThat(decision).isEqualTo(Decision.by("lscb.senior", AT)).isNotEqualTo(Decision.by("lscb.admin", AT));
        assertThatThrownBy(() -> Decision.by(null, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.by("  ", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.by("lscb.senior", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void whoAskedNeverDecides() {
        assertThatThrownBy(() -> Decision.byOtherThan("lscb.officer", "lscb.officer", AT, "LSCB-CS-2026-0001"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Four eyes: LSCB-CS-2026-0001 cannot be decided by who asked for it");
        assertThat(Decision.byOtherThan("lscb.officer", "lscb.senior", AT, "LSCB-CS-2026-0001").by())
                .isEqualTo("lscb.senior");
        assertThat(Decision.byOtherThan(null, "lscb.senior", AT, "a record nobody asked for").by())
                .as("nobody asked: anyone decides").isEqualTo("lscb.senior");
    }

    @Test
    void aRecordNotYetDecidedHasNoDeciderAndNoTime() {
        assertThat(Decision.byOf(null)).isNull();
        assertThat(Decision.atOf(null)).isNull();
        assertThat(Decision.byOf(Decision.by("lscb.senior", AT))).isEqualTo("lscb.senior");
        assertThat(Decision.atOf(Decision.by("lscb.senior", AT))).isEqualTo(AT);
    }
}
