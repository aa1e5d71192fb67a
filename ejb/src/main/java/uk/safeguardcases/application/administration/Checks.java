package uk.safeguardcases.application.administration;

import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;

/** The checks and audit wording the administration services share. */
final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Audit details hold 4,000 characters; a long clause text is shortened there (the clause row keeps it all). */
    private static final int AUDIT_VALUE_MAX = 1500;

    private Checks() {
    }

    static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (whenMissing != null) {
                problems.put(field, whenMissing);
            }
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }

    /** A text that may be left blank (null then), such as a Welsh wording still to be given. */
    static String optionalText(Map<String, String> problems, String field, String value, int max) {
        String trimmed = text(problems, field, value, max, null);
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String email(Map<String, String> problems, String field, String value, String whenMissing) {
        String email = text(problems, field, value, 200, whenMissing);
        if (!email.isEmpty() && !problems.containsKey(field) && !EMAIL.matcher(email).matches()) {
            problems.put(field, Texts.text("admin.email.invalid"));
        }
        return email;
    }

    static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** "name: 'old' → 'new'" for each value that changed, joined with "; ". */
    static final class Changes {
        private final StringJoiner joiner = new StringJoiner("; ");
        private boolean any;

        Changes field(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                joiner.add(name + ": " + quote(before) + " → " + quote(after));
                any = true;
            }
            return this;
        }

        boolean any() {
            return any;
        }

        @Override
        public String toString() {
            return joiner.toString();
        }
    }

    static String quote(Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "(none)";
        }
        String text = value.toString();
        return "'" + (text.length() > AUDIT_VALUE_MAX ? text.substring(0, AUDIT_VALUE_MAX) + "…" : text) + "'";
    }
}
