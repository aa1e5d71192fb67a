package uk.safeguardcases.application.people;

import java.io.Serializable;

/**
 * A right password: who it is, and what they must still do ({@link SignInStep}). A wrong one, a locked account or an
 * address that tried too often all give {@link #refused()}, which the page words the same way.
 */
public record PasswordChecked(String username, SignInStep next) implements Serializable {

    public static PasswordChecked refused() {
        return new PasswordChecked(null, null);
    }

    public boolean ok() {
        return username != null;
    }
}
