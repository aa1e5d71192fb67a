package uk.safeguardcases.application.health;

import java.util.Map;

/**
 * Whether the product can serve: the database answers, the engine runs with its definitions and job executor; and,
 * without deciding it, whether new records can be given references and how the e-mail goes.
 */
public record Readiness(boolean ready, Map<String, Object> database, Map<String, Object> engine,
        Map<String, Object> references, Map<String, Object> mail) {
}
