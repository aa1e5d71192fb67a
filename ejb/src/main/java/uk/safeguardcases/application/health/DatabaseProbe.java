package uk.safeguardcases.application.health;

import java.util.Map;

/** Asks the product's database how it is, for the readiness answer (implemented beside the persistence). */
public interface DatabaseProbe {

    /**
     * The database's state: {@code status} UP with {@code product}, {@code version}, {@code durableCommits} and the
     * number of {@code boards}; or DOWN with the failure's class name as {@code error}. Never throws.
     */
    DatabaseState probe();

    /** What the probe found, and the number of boards (-1 when the database did not answer). */
    record DatabaseState(Map<String, Object> details, int boards) {
    }
}
