package uk.safeguardcases.domain.process;

import java.util.regex.Pattern;

/**
 * A failure as a board's senior manager reads it on the Stuck work page: the first line of what went wrong, without
 * the names of the program's exception classes in front of it, at most {@link #MAX} characters. Never a stack trace.
 */
public final class FailureInWords {

    static final int MAX = 300;

    /**
     * {@code java.lang.IllegalStateException: }, {@code org.x.Foo$Bar: }, and a bare {@code MailConnectException: } or
     * {@code SomeError: }, at the start of a line.
     */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "^(?:(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*|[A-Z][\\w$]*(?:Exception|Error)):\\s*");

    private FailureInWords() {
    }

    public static String of(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
        String before;
        do {
            before = line;
            line = CLASS_NAME.matcher(line).replaceFirst("").strip();
        } while (!line.equals(before));
        if (line.isEmpty()) {
            return "The step failed without saying why.";
        }
        return line.length() <= MAX ? line : line.substring(0, MAX - 1).strip() + "…";
    }
}
