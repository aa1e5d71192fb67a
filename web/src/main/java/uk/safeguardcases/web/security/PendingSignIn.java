package uk.safeguardcases.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.people.SecondFactorEnrolment;
import uk.safeguardcases.application.people.SignInStep;

/**
 * A sign-in under way, kept in the session between its steps: whose password was right, what they must do next, and
 * for how long the steps stay open ({@link #OPEN_FOR}; then the password is asked again).
 */
public record PendingSignIn(String username, SignInStep next, Instant since, SecondFactorEnrolment enrolment,
        List<String> recoveryCodes) implements Serializable {

    static final String SESSION = "safeguard.signIn.pending";
    static final Duration OPEN_FOR = Duration.ofMinutes(10);

    /** The codes copied unmodifiable, so what is kept in the session never changes (see distributable-web.xml). */
    public PendingSignIn {
        recoveryCodes = recoveryCodes == null ? List.of() : List.copyOf(recoveryCodes);
    }

    PendingSignIn(String username, SignInStep next) {
        this(username, next, Instant.now(), null, List.of());
    }

    boolean openAt(Instant now) {
        return now.isBefore(since.plus(OPEN_FOR));
    }

    PendingSignIn then(SignInStep step) {
        return new PendingSignIn(username, step, since, null, List.of());
    }

    PendingSignIn enrolling(SecondFactorEnrolment started) {
        return new PendingSignIn(username, next, since, started, List.of());
    }

    PendingSignIn withRecoveryCodes(List<String> codes) {
        return new PendingSignIn(username, next, since, null, List.copyOf(codes));
    }
}
