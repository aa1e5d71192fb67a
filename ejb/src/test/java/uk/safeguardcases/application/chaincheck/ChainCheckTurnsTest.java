package uk.safeguardcases.application.chaincheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.turns.Turns;

class ChainCheckTurnsTest {

    @AfterEach
    void defaultWait() {
        System.clearProperty("safeguard.chainCheck.waitSeconds");
    }

    @Test
    void aNodeWalksOneWholeChainAtATimeAndACheckWaitsAMinuteByDefault() throws Exception {
        ChainCheckTurns turns = new ChainCheckTurns();
        assertThat(turns.atOnce()).isEqualTo(1);
        assertThat(turns.waitAtMost()).isEqualTo(Duration.ofSeconds(60));
        assertThat(new ChainCheckTurns(0).atOnce()).as("never none").isEqualTo(1);

        System.setProperty("safeguard.chainCheck.waitSeconds", "0");
        Turns.Turn walking = turns.take().orElseThrow();
        assertThat(turns.take()).as("a second whole walk while one runs finds no turn").isEmpty();
        walking.close();
        turns.take().orElseThrow().close();
    }
}
