package uk.safeguardcases.application.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntakeTurnsTest {

    @AfterEach
    void defaultWait() {
        System.clearProperty("safeguard.intake.waitSeconds");
    }

    @Test
    void aNodeRaisesAtLeastOneReportAtOnceAndWaitsTwentySecondsByDefault() {
        assertThat(new IntakeTurns(0).atOnce()).isEqualTo(1);
        assertThat(new IntakeTurns(3).atOnce()).isEqualTo(3);
        assertThat(new IntakeTurns().atOnce())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        assertThat(new IntakeTurns(1).waitAtMost()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aReportFindingNoTurnWithinItsWaitGetsNoneAndATurnGivenBackIsTakenAgainOnce() throws Exception {
        System.setProperty("safeguard.intake.waitSeconds", "0");
        IntakeTurns turns = new IntakeTurns(2);
        IntakeTurns.Turn first = turns.take().orElseThrow();
        IntakeTurns.Turn second = turns.take().orElseThrow();
        assertThat(turns.take()).as("both turns taken").isEmpty();

        first.close();
        first.close(); // given back once, however often it is closed
        IntakeTurns.Turn third = turns.take().orElseThrow();
        assertThat(turns.take()).as("closing twice gave back one turn, not two").isEmpty();
        second.close();
        third.close();
    }

    @Test
    void aWaitingReportGetsTheTurnAsSoonAsItIsGivenBack() throws Exception {
        System.setProperty("safeguard.intake.waitSeconds", "20");
        IntakeTurns turns = new IntakeTurns(1);
        IntakeTurns.Turn held = turns.take().orElseThrow();
        CompletableFuture<Optional<IntakeTurns.Turn>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return turns.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(waiting).as("still waiting while the turn is held").isNotDone();
        long t0 = System.nanoTime();
        held.close();
        Optional<IntakeTurns.Turn> got = waiting.get(5, TimeUnit.SECONDS);
        assertThat(got).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        got.get().close();
    }
}
