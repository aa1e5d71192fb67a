package uk.safeguardcases.domain.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/** Someone who signs in on a board: staff of the board, an HR partner of a parent organisation, or a member. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String username;

    /** PBKDF2 hash in Jakarta Security's format; never the password itself. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    /** The parent organisation an HR partner or member belongs to; null for board staff. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * The person's line manager, another person of the board (NSCB model policy 5.1: managers make sure their team
     * completes the declaration form; Cwm Taf: "employees should notify their manager"); null when not known.
     */
    @Column(name = "manager_person_id")
    private Long managerPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failed_sign_in_at")
    private Instant lastFailedSignInAt;

    /** The authenticator app's shared secret (Base32); a second factor only once {@link #totpConfirmedAt} is set. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_confirmed_at")
    private Instant totpConfirmedAt;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
    }

    public Person(String username, String passwordHash, String displayName, String email, Long organisationId,
            Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Long organisationId() {
        return organisationId;
    }

    public boolean active() {
        return active;
    }

    public Long managerPersonId() {
        return managerPersonId;
    }

    /** Names the person's manager (never themselves); null for none. */
    public void managedBy(Long managerPersonId) {
        if (managerPersonId != null && managerPersonId.equals(id)) {
            throw new IllegalArgumentException("A person cannot be their own manager.");
        }
        this.managerPersonId = managerPersonId;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** What the board administrator may change; the user name and the password are not among them. */
    public void change(String displayName, String email, Long organisationId, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /**
     * Guessing one account is slowed, never stopped for long: from the {@value #LOCK_AFTER}th failed sign-in in a row
     * (each within {@link #FAILURES_FORGOTTEN} of the last, so the window slides with each failure) the account
     * waits before its next try: 15 seconds, then 30, then {@link #LONGEST_WAIT} after each failure. A stranger who
     * guesses on and on delays the person by a minute at most, and gets at most one guess a minute
     * (NCSC: throttling, not lockout). The per-address throttle ({@link SignInThrottle}) slows whoever guesses.
     */
    public static final int LOCK_AFTER = 10;
    public static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofMinutes(1);
    public static final java.time.Duration FAILURES_FORGOTTEN = java.time.Duration.ofMinutes(15);

    /** Whether sign-ins must wait now (too many failures lately). */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A failed sign-in; true when this one starts the waits (the {@value #LOCK_AFTER}th in a row). */
    public boolean signInFailed(Instant now) {
        if (lockedAt(now)) {
            return false;
        }
        if (lastFailedSignInAt != null && !now.isBefore(lastFailedSignInAt.plus(FAILURES_FORGOTTEN))) {
            failedSignIns = 0;
        }
        lastFailedSignInAt = now;
        failedSignIns++;
        if (failedSignIns >= LOCK_AFTER) {
            lockedUntil = now.plus(waitAfter(failedSignIns));
            return failedSignIns == LOCK_AFTER;
        }
        return false;
    }

    /** How long the account waits after its {@code failures}th failure in a row (from the tenth). */
    public static java.time.Duration waitAfter(int failures) {
        long seconds = 15L << Math.min(Math.max(failures - LOCK_AFTER, 0), 3);
        return java.time.Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    /** A successful sign-in: the count of failures starts again. */
    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** The board administrator lets a locked person try again now. */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** A new password (its hash): the one it replaces no longer works, and a forced change is done. */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = false;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** The board administrator requires a new password at the next sign-in (or through the reset link). */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Starts enrolling an authenticator app: a new secret, not used until a code made from it is confirmed. */
    public void startSecondFactor(String secret) {
        this.totpSecret = secret;
        this.totpConfirmedAt = null;
        this.totpLastStep = 0;
    }

    /** A code from the app matched: the second factor is in use from now on. */
    public void confirmSecondFactor(long step, Instant at) {
        this.totpConfirmedAt = at;
        this.totpLastStep = step;
    }

    /** A code was used for this step; it will not be accepted again. */
    public void codeUsed(long step) {
        this.totpLastStep = Math.max(totpLastStep, step);
    }

    /** Removes the second factor (the board administrator, for someone who lost their phone and codes). */
    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpConfirmedAt = null;
        this.totpLastStep = 0;
    }

    public boolean hasSecondFactor() {
        return totpConfirmedAt != null;
    }

    /** Since when the second factor is in use; null for none. */
    public Instant secondFactorSince() {
        return totpConfirmedAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public long totpLastStep() {
        return totpLastStep;
    }

    /** A deactivated person can no longer sign in; their name stays on everything they did. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }
}
