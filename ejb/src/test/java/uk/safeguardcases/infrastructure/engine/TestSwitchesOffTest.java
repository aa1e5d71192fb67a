package uk.safeguardcases.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.infrastructure.time.ServerClock;

/**
 * ASVS V13.4.2: the switches only the integration tests' server turns on are off on a server started without them: the
 * step fault switch (and a rehearsal node's), the movable clock and the datasource's spy.
 */
class TestSwitchesOffTest {

    @Test
    void withoutTheirSystemPropertiesTheFaultSwitchAndTheMovableClockRefuse() {
        assertThat(System.getProperty(StepFaults.ENABLED)).isNull();
        assertThat(System.getProperty(StepFaults.REHEARSAL)).isNull();
        assertThat(System.getProperty("safeguard.clock.movable")).isNull();
        assertThat(StepFaults.enabled()).isFalse();
        assertThatThrownBy(() -> StepFaults.failNext("chscb", "notifyMember", 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("off");
        ServerClock clock = new ServerClock();
        assertThatThrownBy(() -> clock.moveBy(Duration.ofDays(30))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDatasourcesSpyIsOffUnlessTheServerIsStartedWithIt() throws IOException {
        String configuration = Files.readString(Path.of("../ear/src/main/server/configure.cli"), StandardCharsets.UTF_8);
        assertThat(configuration).contains("write-attribute(name=spy, value=\"${safeguard.db.spy:false}\")");
        assertThat(configuration.split("name=spy", -1)).as("one setting of the spy").hasSize(2);
    }
}
