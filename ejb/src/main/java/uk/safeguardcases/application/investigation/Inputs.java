package uk.safeguardcases.application.investigation;

import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;

/** Checks of free text the services share: required, and not longer than the column holds. */
final class Inputs {

    private Inputs() {
    }

    static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() && whenMissing != null) {
            problems.put(field, whenMissing);
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }

    static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
