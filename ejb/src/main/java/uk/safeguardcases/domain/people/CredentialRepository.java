package uk.safeguardcases.domain.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What people sign in with besides their password: throttles, recovery codes, remembered devices, reset links. */
public interface CredentialRepository {

    /** The throttle of failed sign-ins from an address, if any failed. */
    Optional<SignInThrottle> throttle(String address);

    /** The same, locked until the transaction ends. */
    Optional<SignInThrottle> throttleLocked(String address);

    void add(SignInThrottle throttle);

    /** The person's unused recovery code with this digest. */
    Optional<RecoveryCode> unusedRecoveryCode(long personId, String digest);

    /** Removes every recovery code of the person. */
    void removeRecoveryCodes(long personId);

    void add(RecoveryCode code);

    void add(RememberedDevice device);

    /** The remembered devices whose token has this digest. */
    List<RememberedDevice> devicesWithToken(String digest);

    /** How many of the person's remembered devices are still remembered at {@code now}. */
    long devicesRemembered(long personId, Instant now);

    /** Forgets every device the person's browsers were remembered on; answers how many. */
    int forgetDevices(long personId);

    /** How many reset links the person was sent after {@code since}. */
    long resetsSince(long personId, Instant since);

    void add(PasswordReset reset);

    /** The reset links, on any board, whose token has this digest (read before the board is known). */
    List<ResetRow> resetsWithToken(String digest);

    /** A reset link as stored: its board, until when it opens, and when it was used (null: not yet). */
    record ResetRow(long id, String tenantId, Instant expiresAt, Instant usedAt) {
    }

    /** A reset link, locked until the transaction ends. */
    Optional<PasswordReset> resetLocked(long id);
}
