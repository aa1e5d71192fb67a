package uk.safeguardcases.application.dpcomplaint;

import java.util.Map;
import java.util.regex.Pattern;

/** The checks of what a complainant typed: kept exactly as typed (only the ends trimmed), refused field by field. */
final class ComplaintInput {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{7,40}$");

    private ComplaintInput() {
    }

    static String text(Map<String, String> problems, String field, String value, int max, boolean required) {
        String clean = value == null ? null : value.strip();
        if (clean == null || clean.isEmpty()) {
            if (required) {
                problems.put(field, DpComplaintWords.text("form." + field + ".missing"));
            }
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > max) {
            problems.put(field, DpComplaintWords.text("form.tooLong", max));
            return null;
        }
        return clean;
    }

    static String email(Map<String, String> problems, String value, int max) {
        String clean = text(problems, "email", value, max, true);
        if (clean != null && !EMAIL.matcher(clean).matches()) {
            problems.put("email", DpComplaintWords.text("form.email.invalid"));
            return null;
        }
        return clean;
    }

    static String phone(Map<String, String> problems, String value, int max) {
        String clean = text(problems, "phone", value, max, false);
        if (clean != null && !PHONE.matcher(clean).matches()) {
            problems.put("phone", DpComplaintWords.text("form.phone.invalid"));
            return null;
        }
        return clean;
    }
}
