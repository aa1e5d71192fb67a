package uk.safeguardcases.application.hosting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.security.SecurityEvents;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.hosting.HostOperator;
import uk.safeguardcases.domain.hosting.HostingRepository;
import uk.safeguardcases.domain.hosting.OperatorLogEntry;
import uk.safeguardcases.domain.people.PasswordHashing;
import uk.safeguardcases.domain.people.PasswordPolicy;
import uk.safeguardcases.domain.people.SecretToken;
import uk.safeguardcases.domain.people.Totp;

/**
 * The hosting operators: the first made at install ({@code ops/operator.sh first}), others by an operator; each
 * enrols through a one-time link (password and authenticator together) and signs in with both, always. An operator's
 * caller has no board ({@link #callerFor}), so every query of a board's records finds nothing for them.
 */
@Stateless
public class HostOperators {

    /** Begins the name an operator is signed in under, which no board's person can have (no colon in theirs). */
    public static final String PRINCIPAL_PREFIX = uk.safeguardcases.application.tenancy.Caller.NO_BOARD_PREFIX;

    /** The role the container gives a signed-in operator (and no board's person). */
    public static final String ROLE = "operator";

    private static final String USERNAME = "[a-z][a-z0-9._-]{2,49}";

    @Inject
    private HostingRepository hosting;

    @Inject
    private Clock clock;

    /**
     * The first operator, at install: the token of their enrolment link (good for
     * {@link HostOperator#ENROLMENT_VALID_FOR}), shown once to whoever ran the command; empty, and nothing made, once
     * any operator exists (the others are added by an operator).
     */
    public Optional<String> first(String username, String displayName, String email) {
        if (hosting.operatorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(create(username, displayName, email, "install"));
    }

    /** Another operator, added by a signed-in one; returns the token of their enrolment link. */
    public String add(String username, String displayName, String email) {
        return create(username, displayName, email, OperatorCallers.requireOperator());
    }

    private String create(String username, String displayName, String email, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip();
        if (!name.matches(USERNAME)) {
            problems.put("username", HostingWords.text("operator.username"));
        } else if (hosting.operatorNamed(name)) {
            problems.put("username", HostingWords.text("operator.usernameTaken", name));
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            problems.put("displayName", HostingWords.text("operator.displayName"));
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.strip().length() > 200) {
            problems.put("email", HostingWords.text("operator.email"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String token = SecretToken.newToken();
        Instant now = Instant.now(clock);
        hosting.add(new HostOperator(name, displayName.strip(), email.strip(), SecretToken.digest(token), by, now));
        hosting.log(new OperatorLogEntry(now, by, OperatorLogEntry.Action.OPERATOR_ADDED, null, name));
        return token;
    }

    /** The user name whose enrolment link this is, while it opens. */
    public Optional<String> enrolmentFor(String token) {
        return operatorOfLink(token).map(HostOperator::username);
    }

    /** A new authenticator secret for the enrolment page to show (kept by the page until the code confirms it). */
    public String newSecret() {
        return Totp.newSecret();
    }

    /** The address an authenticator app reads from the enrolment page's QR code. */
    public String enrolmentUri(String username, String secret) {
        return Totp.enrolmentUri("Safeguard Cases hosting", username, secret);
    }

    /**
     * Enrols through the link: the chosen password (the product's password rules) and the authenticator whose code
     * is typed. The link is then used up. Nothing is kept when anything is wrong.
     */
    public void enrol(String token, String secret, char[] chosen, char[] repeated, String code) {
        HostOperator operator = operatorOfLink(token)
                .orElseThrow(() -> new InvalidInputException(Map.of("token", HostingWords.text("operator.linkClosed"))));
        hosting.lock(operator);
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(operator.username(), chosen);
        problem.ifPresent(p -> problems.put("chosen", switch (p) {
            case TOO_SHORT -> HostingWords.text("password.tooShort", PasswordPolicy.MIN_LENGTH);
            case TOO_LONG -> HostingWords.text("password.tooLong", PasswordPolicy.MAX_LENGTH);
            case CONTAINS_USERNAME -> HostingWords.text("password.containsUsername");
            case COMMON -> HostingWords.text("password.common");
        }));
        if (problem.isEmpty() && (repeated == null || !Arrays.equals(chosen, repeated))) {
            problems.put("repeated", HostingWords.text("password.repeated"));
        }
        if (problems.isEmpty() && !operator.enrol(PasswordHashing.hash(chosen), secret, code, Instant.now(clock))) {
            problems.put("code", HostingWords.text("operator.code"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        hosting.log(new OperatorLogEntry(Instant.now(clock), operator.username(),
                OperatorLogEntry.Action.OPERATOR_ENROLLED, null, null));
    }

    private Optional<HostOperator> operatorOfLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return hosting.withEnrolment(SecretToken.digest(token.strip())).stream()
                .filter(o -> o.enrolmentOpenAt(now)).findFirst();
    }

    /**
     * A sign-in with password and code, in a transaction of its own (a wrong one is counted whatever follows).
     * Unknown names are answered as a wrong password is, after the same work.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public HostOperator.SignInResult signIn(String username, char[] password, String code) {
        Instant now = Instant.now(clock);
        String name = username == null ? "" : username.strip();
        Optional<HostOperator> operator = name.length() > 100 ? Optional.empty()
                : hosting.operatorLocked(name);
        if (operator.isEmpty()) {
            // No hash: checked against PasswordHashing's decoy, one derivation at today's rounds, as a real check.
            PasswordHashing.verify(password == null ? new char[0] : password, null);
            return HostOperator.SignInResult.REFUSED;
        }
        HostOperator.SignInResult result = operator.get().signIn(password == null ? new char[0] : password, code, now);
        hosting.log(new OperatorLogEntry(now, operator.get().username(), result == HostOperator.SignInResult.SIGNED_IN
                ? OperatorLogEntry.Action.SIGNED_IN : OperatorLogEntry.Action.SIGN_IN_REFUSED, null,
                result == HostOperator.SignInResult.LOCKED ? "locked" : null));
        if (result == HostOperator.SignInResult.LOCKED) {
            SecurityEvents.throttled("operator-sign-in", PRINCIPAL_PREFIX + operator.get().username(), null);
        } else if (result == HostOperator.SignInResult.REFUSED) {
            // Password and code are checked together and never said apart: the pair is the operator's second factor.
            SecurityEvents.secondFactorFailed(PRINCIPAL_PREFIX + operator.get().username(), null,
                    "operator-password-and-code");
        }
        return result;
    }

    /** The caller of a signed-in operator's request: no board, no board role; empty once deactivated. */
    public Optional<Caller> callerFor(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        String name = principalName.substring(PRINCIPAL_PREFIX.length());
        return hosting.activeOperator(name)
                .filter(HostOperator::enrolled)
                .map(o -> new Caller(PRINCIPAL_PREFIX + o.username(), o.displayName(), null, Set.of(), null));
    }

    /** The operators, for the operators' page. */
    public List<HostOperator> all() {
        OperatorCallers.requireOperator();
        return hosting.operators();
    }

    /** What the operators did, newest first. */
    public List<OperatorLogEntry> log(int at) {
        OperatorCallers.requireOperator();
        return hosting.log(Math.max(1, Math.min(at, 500)));
    }
}
