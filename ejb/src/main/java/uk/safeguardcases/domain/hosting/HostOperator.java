package uk.safeguardcases.domain.hosting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import uk.safeguardcases.domain.people.PasswordHashing;
import uk.safeguardcases.domain.people.Totp;

/**
 * A hosting operator: runs the service for every board (creates, suspends and resumes boards, invites a board's first
 * administrator) and belongs to none, so no board's case, person, evidence or document is theirs to see. Signs in
 * with a password and an authenticator code, always both; is made with a one-time enrolment link, good for
 * {@link #ENROLMENT_VALID_FOR}, through which they choose the password and set up the authenticator together.
 */
@Entity
@Table(name = "host_operator")
public class HostOperator {

    public static final Duration ENROLMENT_VALID_FOR = Duration.ofHours(24);

    /** Wrong sign-ins in a row before the operator's sign-in is locked for {@link #LOCKED_FOR}. */
    public static final int FAILURES_BEFORE_LOCK = 5;

    public static final Duration LOCKED_FOR = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "enrol_token_sha256")
    private String enrolTokenSha256;

    @Column(name = "enrol_expires_at")
    private Instant enrolExpiresAt;

    @Column(name = "last_code_step")
    private Long lastCodeStep;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected HostOperator() {
    }

    /** A new operator, who enrols through the link whose token's SHA-256 is {@code enrolTokenSha256}. */
    public HostOperator(String username, String displayName, String email, String enrolTokenSha256, String createdBy,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.enrolTokenSha256 = enrolTokenSha256;
        this.enrolExpiresAt = now.plus(ENROLMENT_VALID_FOR);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether the enrolment link still opens: not used, not expired, the operator not deactivated. */
    public boolean enrolmentOpenAt(Instant now) {
        return active && enrolTokenSha256 != null && enrolExpiresAt != null && now.isBefore(enrolExpiresAt);
    }

    /**
     * Enrols: the chosen password's hash and the authenticator's secret, once a code from it is right. The link is
     * used up. Returns false (nothing changed) when the code is wrong.
     */
    public boolean enrol(String chosenPasswordHash, String secret, String code, Instant now) {
        if (!enrolmentOpenAt(now)) {
            throw new IllegalStateException("The enrolment link of " + username + " is used or expired");
        }
        OptionalLong step = Totp.verify(secret, code, now, 0);
        if (step.isEmpty()) {
            return false;
        }
        this.passwordHash = chosenPasswordHash;
        this.totpSecret = secret;
        this.lastCodeStep = step.getAsLong();
        this.enrolTokenSha256 = null;
        this.enrolExpiresAt = null;
        return true;
    }

    /** What a sign-in came to. */
    public enum SignInResult {
        SIGNED_IN, REFUSED, LOCKED
    }

    /**
     * A sign-in with password and code: both right, on an enrolled, active operator whose sign-in is not locked.
     * A wrong one counts; the {@value #FAILURES_BEFORE_LOCK}th in a row locks the sign-in for {@link #LOCKED_FOR}.
     * Never says which part was wrong.
     */
    public SignInResult signIn(char[] password, String code, Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return SignInResult.LOCKED;
        }
        boolean right = active && passwordHash != null && PasswordHashing.verify(password, passwordHash);
        OptionalLong step = right ? Totp.verify(totpSecret, code, now, lastCodeStep == null ? 0 : lastCodeStep)
                : OptionalLong.empty();
        if (step.isEmpty()) {
            failedSignIns++;
            if (failedSignIns >= FAILURES_BEFORE_LOCK) {
                lockedUntil = now.plus(LOCKED_FOR);
                failedSignIns = 0;
                return SignInResult.LOCKED;
            }
            return SignInResult.REFUSED;
        }
        lastCodeStep = step.getAsLong();
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
        return SignInResult.SIGNED_IN;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean active() {
        return active;
    }

    public boolean enrolled() {
        return passwordHash != null;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
