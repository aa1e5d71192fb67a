package uk.safeguardcases.application.people;

import java.time.Clock;
import jakarta.annotation.Resource;
import uk.safeguardcases.application.PlainFormat;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.metrics.AccountLockedOut;
import uk.safeguardcases.application.metrics.SignInFailed;
import uk.safeguardcases.application.notification.Notifications;
import uk.safeguardcases.application.security.SecurityEvents;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.CredentialRepository;
import uk.safeguardcases.domain.people.PasswordHashing;
import uk.safeguardcases.domain.people.PasswordPolicy;
import uk.safeguardcases.domain.people.PasswordReset;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.RecoveryCode;
import uk.safeguardcases.domain.people.RememberedDevice;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.people.SecretToken;
import uk.safeguardcases.domain.people.SignInThrottle;
import uk.safeguardcases.domain.people.Totp;

/**
 * A person's account, from the door in: the password (with lockout after {@link Person#LOCK_AFTER} failures and
 * throttling per network address), the second factor (an authenticator app, recovery codes, a remembered browser),
 * changing one's password and resetting it by e-mail. Before sign-in nobody's board is known, so each step finds the
 * person's board first and then works as that board ({@link #asBoardOf}). Every refusal says the same, so nobody
 * learns whether a name exists, a password was nearly right or an account is locked.
 */
@Stateless
public class Accounts {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    static final int RECOVERY_CODES = 10;

    @Inject
    private CredentialRepository credentials;

    @Resource
    private SessionContext context;

    @Inject
    private PeopleDirectory directory;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private TimelineService timeline;

    @Inject
    private Notifications notifications;

    /** Each refusal and lockout, by board only, for the operator's figures. */
    @Inject
    private Event<SignInFailed> signInFailed;

    @Inject
    private Event<AccountLockedOut> lockedOut;

    /** The first step of signing in: the password, from {@code address}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PasswordChecked checkPassword(String username, char[] password, String address) {
        if (self().throttled(address)) {
            // Refused before anything is checked: no password is hashed for an address that must wait.
            SecurityEvents.throttled("sign-in-address", null, null);
            signInFailed.fire(new SignInFailed(SignInFailed.UNKNOWN));
            return PasswordChecked.refused();
        }
        return checkKnownAddress(username, password, address);
    }

    /**
     * HTTP Basic on the API: the password as on the sign-in form, except that a board that requires a second factor of
     * anyone takes no passwords on the API at all (its people use tokens), and no password is hashed for it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PasswordChecked checkPasswordForApi(String username, char[] password, String address) {
        if (self().throttled(address)) {
            SecurityEvents.throttled("sign-in-address", null, null);
            signInFailed.fire(new SignInFailed(SignInFailed.UNKNOWN));
            return PasswordChecked.refused();
        }
        Optional<String> board = directory.boardOf(username);
        if (board.isPresent() && asBoardOf(board.get(), () -> !boards.current().secondFactorRoles().isEmpty())) {
            signInFailed.fire(new SignInFailed(board.get()));
            return PasswordChecked.refused();
        }
        return checkKnownAddress(username, password, address);
    }

    private PasswordChecked checkKnownAddress(String username, char[] password, String address) {
        Optional<String> board = directory.boardOf(username);
        if (board.isEmpty()) {
            PasswordHashing.verify(password, null);
            self().failedFrom(address);
            signInFailed.fire(new SignInFailed(SignInFailed.UNKNOWN));
            return PasswordChecked.refused();
        }
        PasswordChecked checked = asBoardOf(board.get(), () -> self().passwordOf(username.strip(), password));
        if (!checked.ok()) {
            self().failedFrom(address);
            signInFailed.fire(new SignInFailed(board.get()));
        }
        return checked;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PasswordChecked passwordOf(String username, char[] password) {
        Person person = people.byUsername(username).orElse(null);
        Instant now = Instant.now(clock);
        boolean right = PasswordHashing.verify(password, person == null || !person.active() ? null : person.passwordHash());
        if (person == null || !person.active()) {
            return PasswordChecked.refused();
        }
        if (person.lockedAt(now)) {
            SecurityEvents.throttled("sign-in-account", person.username(), person.tenantId());
            return PasswordChecked.refused();
        }
        if (right && signsInThroughProvider(person)) {
            return PasswordChecked.refused();
        }
        if (!right) {
            failed(person, now);
            return PasswordChecked.refused();
        }
        SignInStep next = nextAfterPassword(person);
        if (next == SignInStep.DONE) {
            person.signedIn(); // failures count until a sign-in is complete, so codes cannot be guessed 9 at a time
        }
        return new PasswordChecked(person.username(), next);
    }

    /**
     * A board with its own identity provider signs its people in there, not with a password here; only its
     * administrators keep their passwords, so that a board whose provider is wrongly set up can still put it right.
     */
    private boolean signsInThroughProvider(Person person) {
        return boards.current().singleSignOn().isPresent() && !person.roles().contains(Role.ADMIN);
    }

    private SignInStep nextAfterPassword(Person person) {
        if (person.mustChangePassword()) {
            return SignInStep.CHOOSE_PASSWORD;
        }
        if (person.hasSecondFactor()) {
            return SignInStep.ENTER_CODE;
        }
        return boards.current().requiresSecondFactor(person.roles()) ? SignInStep.SET_UP_SECOND_FACTOR : SignInStep.DONE;
    }

    /** After a forced password change: what is left to do (a second factor, if the board requires one). */
    public SignInStep nextAfterPasswordChange(String username) {
        return asBoardOf(directory.boardOf(username).orElseThrow(), () -> self().afterChange(username));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInStep afterChange(String username) {
        return nextAfterPassword(people.byUsername(username).orElseThrow());
    }

    /** A wrong password or code: counted, and the account locked (and the lock audited) at the tenth in a row. */
    private void failed(Person person, Instant now) {
        if (person.signInFailed(now)) {
            lockedOut.fire(new AccountLockedOut(person.tenantId()));
            CallerContext.runAs(new Caller(person.username(), person.displayName(), person.tenantId(),
                    java.util.Set.of(), null), () -> timeline.record(null, AuditAction.ACCOUNT_LOCKED, person.username()
                    + ": " + Person.LOCK_AFTER + " failed sign-ins in a row; refused until "
                    + PlainFormat.when(Locale.ENGLISH, person.lockedUntil())));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean throttled(String address) {
        SignInThrottle throttle = credentials.throttle(key(address)).orElse(null);
        return throttle != null && throttle.refusedAt(Instant.now(clock));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedFrom(String address) {
        Instant now = Instant.now(clock);
        SignInThrottle throttle = credentials.throttleLocked(key(address)).orElse(null);
        if (throttle == null) {
            throttle = new SignInThrottle(key(address), now);
            credentials.add(throttle);
        }
        throttle.failed(now);
    }

    private static String key(String address) {
        String clean = address == null || address.isBlank() ? "unknown" : address.strip();
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }

    /** The second step: a code from the authenticator app, or a recovery code (each good once). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean checkCode(String username, String code) {
        String board = directory.boardOf(username).orElseThrow();
        boolean right = asBoardOf(board, () -> self().codeOf(username, code));
        if (!right) {
            SecurityEvents.secondFactorFailed(username, board, "authenticator-or-recovery-code");
            signInFailed.fire(new SignInFailed(board));
        }
        return right;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean codeOf(String username, String code) {
        Person person = people.byUsername(username).orElseThrow();
        Instant now = Instant.now(clock);
        if (!person.active() || person.lockedAt(now) || !person.hasSecondFactor()) {
            return false;
        }
        OptionalLong step = Totp.verify(person.totpSecret(), code, now, person.totpLastStep());
        if (step.isPresent()) {
            person.codeUsed(step.getAsLong());
            person.signedIn();
            return true;
        }
        String digest = SecretToken.digest(code);
        RecoveryCode recovery = credentials.unusedRecoveryCode(person.id(), digest).orElse(null);
        if (recovery != null && recovery.use(now)) {
            person.signedIn();
            timeline.record(null, AuditAction.RECOVERY_CODE_USED, person.username());
            return true;
        }
        failed(person, now);
        return false;
    }

    /** Setting up a second factor: a new secret to add to the authenticator app (not used until confirmed). */
    public SecondFactorEnrolment startSecondFactor(String username) {
        return asBoardOf(directory.boardOf(username).orElseThrow(), () -> self().newSecret(username));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SecondFactorEnrolment newSecret(String username) {
        Person person = people.byUsername(username).orElseThrow();
        String secret = Totp.newSecret();
        person.startSecondFactor(secret);
        return new SecondFactorEnrolment(secret, Totp.enrolmentUri("Safeguard Cases – " + boards.current().shortName(),
                person.username(), secret));
    }

    /**
     * The first code from the app: the second factor is in use, and the person gets their recovery codes, shown to
     * them this once.
     */
    public List<String> confirmSecondFactor(String username, String code) {
        return asBoardOf(directory.boardOf(username).orElseThrow(), () -> self().confirm(username, code));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> confirm(String username, String code) {
        Person person = people.byUsername(username).orElseThrow();
        Instant now = Instant.now(clock);
        OptionalLong step = person.totpSecret() == null ? OptionalLong.empty()
                : Totp.verify(person.totpSecret(), code, now, 0);
        if (step.isEmpty()) {
            throw new InvalidInputException(Map.of("code", Texts.text("secondFactor.code.wrong")));
        }
        person.confirmSecondFactor(step.getAsLong(), now);
        credentials.removeRecoveryCodes(person.id());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = SecretToken.newRecoveryCode();
            codes.add(recovery);
            credentials.add(new RecoveryCode(person.id(), SecretToken.digest(recovery)));
        }
        CallerContext.runAs(callerOf(person), () -> timeline.record(null, AuditAction.SECOND_FACTOR_SET_UP,
                person.username()));
        return codes;
    }

    /** Remembers this browser for {@link RememberedDevice#AT_MOST}; returns the token for its cookie. */
    public String rememberDevice(String username) {
        return asBoardOf(directory.boardOf(username).orElseThrow(), () -> self().remember(username));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String remember(String username) {
        Person person = people.byUsername(username).orElseThrow();
        String token = SecretToken.newToken();
        credentials.add(new RememberedDevice(person.id(), SecretToken.digest(token), Instant.now(clock)));
        return token;
    }

    /** Whether this browser's token was given to this person, and is still good. */
    public boolean remembered(String username, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return directory.boardOf(username).map(board -> asBoardOf(board, () -> self().rememberedBy(username, token)))
                .orElse(false);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean rememberedBy(String username, String token) {
        Person person = people.byUsername(username).orElse(null);
        if (person == null || !person.hasSecondFactor()) {
            return false;
        }
        return credentials.devicesWithToken(SecretToken.digest(token)).stream()
                .anyMatch(d -> d.personId().equals(person.id()) && d.validAt(Instant.now(clock)));
    }

    /** The signed-in person changes their own password; the old one must be given. */
    public void changeOwnPassword(char[] current, char[] chosen, char[] repeated) {
        Caller caller = CallerContext.current();
        Person person = people.byUsername(caller.username()).orElseThrow();
        if (!PasswordHashing.verify(current, person.passwordHash())) {
            throw new InvalidInputException(Map.of("current", Texts.text("password.current.wrong")));
        }
        choose(person, chosen, repeated);
        timeline.record(null, AuditAction.PASSWORD_CHANGED, person.username());
    }

    /** A person whose administrator required a new password chooses it (after their password, before anything else). */
    public void chooseRequiredPassword(String username, char[] chosen, char[] repeated) {
        asBoardOf(directory.boardOf(username).orElseThrow(), () -> {
            self().choose(username, chosen, repeated);
            return null;
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void choose(String username, char[] chosen, char[] repeated) {
        Person person = people.byUsername(username).orElseThrow();
        if (!person.mustChangePassword()) {
            throw new IllegalStateException("No new password is required of " + username);
        }
        choose(person, chosen, repeated);
        CallerContext.runAs(callerOf(person), () -> timeline.record(null, AuditAction.PASSWORD_CHANGED, username));
    }

    private void choose(Person person, char[] chosen, char[] repeated) {
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(person.username(), chosen);
        if (problem.isPresent()) {
            throw new InvalidInputException(Map.of("chosen", problemText(problem.get())));
        }
        if (repeated == null || !java.util.Arrays.equals(chosen, repeated)) {
            throw new InvalidInputException(Map.of("repeated", Texts.text("password.repeated.different")));
        }
        if (PasswordHashing.verify(chosen, person.passwordHash())) {
            throw new InvalidInputException(Map.of("chosen", Texts.text("password.same")));
        }
        person.changePassword(PasswordHashing.hash(chosen), Instant.now(clock));
    }

    static String problemText(PasswordPolicy.Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> Texts.text("password.tooShort", PasswordPolicy.MIN_LENGTH);
            case TOO_LONG -> Texts.text("password.tooLong", PasswordPolicy.MAX_LENGTH);
            case CONTAINS_USERNAME -> Texts.text("password.containsUsername");
            case COMMON -> Texts.text("password.common");
        };
    }

    /**
     * "I forgot my password": a single-use link that opens for {@link PasswordReset#VALID_FOR}, e-mailed to the
     * account's address. Nothing tells the asker whether the name exists.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void requestPasswordReset(String username) {
        directory.boardOf(username == null ? "" : username.strip()).ifPresent(board -> asBoardOf(board, () -> {
            self().sendReset(username.strip(), false);
            return null;
        }));
    }

    /** Sends a reset link the person asked for ({@link #requestPasswordReset}), in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendReset(String username, boolean byAdministrator) {
        people.byUsername(username).filter(Person::active).filter(this::noRecentReset).ifPresent(person -> {
            resetLink(person, false);
            CallerContext.runAs(callerOf(person), () -> timeline.record(null, AuditAction.PASSWORD_RESET_SENT,
                    person.username()));
        });
    }

    /**
     * Sends a reset link in the caller's transaction: the board administrator requires a new password, or has just
     * added the person (the caller records that on the timeline).
     */
    public void sendResetForAdministrator(long personId) {
        people.byId(personId).filter(Person::active).ifPresent(person -> {
            resetLink(person, true);
            timeline.record(null, AuditAction.PASSWORD_RESET_SENT, person.username());
        });
    }

    /** At most one link asked for in {@link #RESET_AT_MOST_EVERY}, so nobody can fill a person's inbox with them. */
    private boolean noRecentReset(Person person) {
        return credentials.resetsSince(person.id(), Instant.now(clock).minus(RESET_AT_MOST_EVERY)) == 0;
    }

    static final java.time.Duration RESET_AT_MOST_EVERY = java.time.Duration.ofMinutes(2);

    /** What the signed-in person sees of their own account. */
    public AccountSummary ownAccount() {
        Caller caller = CallerContext.current();
        Person person = people.byUsername(caller.username()).orElseThrow();
        long devices = credentials.devicesRemembered(person.id(), Instant.now(clock));
        return new AccountSummary(person.username(), person.displayName(), person.email(), person.passwordChangedAt(),
                person.secondFactorSince(), boards.current().requiresSecondFactor(person.roles()), devices);
    }

    /** The signed-in person sets up a second factor their board does not require (one it requires is set at sign-in). */
    public SecondFactorEnrolment startOwnSecondFactor() {
        Person person = people.byUsername(CallerContext.current().username()).orElseThrow();
        if (person.hasSecondFactor()) {
            throw new IllegalStateException("A second factor is already set up for " + person.username());
        }
        return newSecret(person.username());
    }

    /** The first code of a second factor the signed-in person set up; returns the recovery codes. */
    public List<String> confirmOwnSecondFactor(String code) {
        return confirm(CallerContext.current().username(), code);
    }

    /** Forgets every browser the signed-in person chose to remember: each asks for a code again. */
    public int forgetRememberedDevices() {
        Person person = people.byUsername(CallerContext.current().username()).orElseThrow();
        int forgotten = credentials.forgetDevices(person.id());
        timeline.record(null, AuditAction.REMEMBERED_DEVICES_FORGOTTEN, person.username());
        return forgotten;
    }

    private void resetLink(Person person, boolean byAdministrator) {
        String token = SecretToken.newToken();
        credentials.add(new PasswordReset(person.id(), SecretToken.digest(token), Instant.now(clock)));
        notifications.passwordReset(person, token, byAdministrator);
    }

    /** Whether a reset link still opens (for the page that asks for the new password). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean resetLinkOpens(String token) {
        return self().resetFor(token).isPresent();
    }

    /** Sets a new password through a reset link; the link is then used up. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resetPassword(String token, char[] chosen, char[] repeated) {
        ResetLink link = self().resetFor(token)
                .orElseThrow(() -> new InvalidInputException(Map.of("token", Texts.text("password.reset.expired"))));
        asBoardOf(link.board(), () -> {
            self().reset(link.id(), chosen, repeated);
            return null;
        });
    }

    /** Which reset a token is, across the boards (the token alone says nothing of its board). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ResetLink> resetFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return credentials.resetsWithToken(SecretToken.digest(token)).stream()
                .filter(r -> r.usedAt() == null && Instant.now(clock).isBefore(r.expiresAt()))
                .map(r -> new ResetLink(r.id(), r.tenantId())).findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reset(long resetId, char[] chosen, char[] repeated) {
        PasswordReset reset = credentials.resetLocked(resetId).orElse(null);
        Instant now = Instant.now(clock);
        if (reset == null || !reset.usableAt(now)) {
            throw new InvalidInputException(Map.of("token", Texts.text("password.reset.expired")));
        }
        Person person = people.byId(reset.personId()).orElseThrow();
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(person.username(), chosen);
        if (problem.isPresent()) {
            throw new InvalidInputException(Map.of("chosen", problemText(problem.get())));
        }
        if (repeated == null || !java.util.Arrays.equals(chosen, repeated)) {
            throw new InvalidInputException(Map.of("repeated", Texts.text("password.repeated.different")));
        }
        person.changePassword(PasswordHashing.hash(chosen), now);
        reset.use(now);
        CallerContext.runAs(callerOf(person), () -> timeline.record(null, AuditAction.PASSWORD_RESET, person.username()));
    }

    /** A reset link's id and board. */
    public record ResetLink(long id, String board) implements java.io.Serializable {
    }

    private static Caller callerOf(Person person) {
        return new Caller(person.username(), person.displayName(), person.tenantId(), person.roles(),
                person.organisationId());
    }

    /** Work for a person before they are signed in: as their board, in a transaction that opens for it. */
    private static <T> T asBoardOf(String board, java.util.concurrent.Callable<T> work) {
        return CallerContext.runAs(Caller.system(board), work);
    }

    private Accounts self() {
        return context.getBusinessObject(Accounts.class);
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
