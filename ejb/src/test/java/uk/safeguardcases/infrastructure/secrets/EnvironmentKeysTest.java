package uk.safeguardcases.infrastructure.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentKeysTest {

    private static final String GIVEN = "Zm9vYmFyLWJhei1xdXV4LWNvcmdlLWdyYXVsdC1nYXJwbHk=";

    @Test
    void everyNodeGivenTheSameKeyUsesTheSameAndTheSystemPropertyComesFirst() {
        byte[] fromEnvironment = new EnvironmentKeys(Map.<String, String>of()::get,
                Map.of("SAFEGUARD_THROTTLE_KEY", GIVEN)::get).throttleKey();
        byte[] onAnotherNode = new EnvironmentKeys(Map.<String, String>of()::get,
                Map.of("SAFEGUARD_THROTTLE_KEY", GIVEN + "\n")::get).throttleKey();
        byte[] fromProperty = new EnvironmentKeys(Map.of("safeguard.throttle.key", GIVEN)::get,
                Map.of("SAFEGUARD_THROTTLE_KEY", "another key of at least thirty-two characters")::get).throttleKey();
        assertThat(fromEnvironment).hasSize(32).isEqualTo(onAnotherNode).isEqualTo(fromProperty)
                .isNotEqualTo(GIVEN.getBytes());
    }

    @Test
    void aShortKeyStopsTheStartAndNoKeyMakesOneForThisRunOnly() {
        assertThatThrownBy(() -> new EnvironmentKeys(Map.<String, String>of()::get,
                Map.of("SAFEGUARD_THROTTLE_KEY", "short")::get)).hasMessageContaining("at least 32 characters");
        byte[] one = new EnvironmentKeys(Map.<String, String>of()::get, Map.<String, String>of()::get).throttleKey();
        byte[] other = new EnvironmentKeys(Map.<String, String>of()::get, Map.<String, String>of()::get).throttleKey();
        assertThat(one).hasSize(32).isNotEqualTo(other);
    }
}
