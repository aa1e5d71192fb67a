package uk.safeguardcases.domain.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The board's API keys and the people's personal access tokens. */
public interface ApiKeyRepository {

    /** The caller's board's keys, newest first. */
    List<ApiKey> keys();

    /** A key of the caller's board by id. */
    Optional<ApiKey> key(long id);

    /** Stores the key now: its id is known on return. */
    void add(ApiKey key);

    /**
     * The key, on any board not suspended, whose SHA-256 is {@code sha256} and which is not revoked (read before the
     * board is known, in native SQL); its use is written down at {@code now}.
     */
    Optional<KeyHolder> usedKey(String sha256, Instant now);

    /** Who holds a key: its board, its name and, for a service account, its organisation. */
    record KeyHolder(long id, String tenantId, String name, Long organisationId) {
    }

    /** The person's tokens, newest first. */
    List<PersonalAccessToken> tokensOf(long personId);

    /** The person's token by id. */
    Optional<PersonalAccessToken> tokenOf(long personId, long id);

    /** The person's tokens not revoked, in the order issued. */
    List<PersonalAccessToken> liveTokensOf(long personId);

    /** Stores the token now: its id is known on return. */
    void add(PersonalAccessToken token);

    /** How many times the person's token was used. */
    long usesOf(long personId, long id);

    /**
     * The token, on any board, whose SHA-256 is {@code sha256}, not revoked, not expired at {@code now} and of an
     * active person (read before the board is known, in native SQL).
     */
    Optional<TokenHolder> liveToken(String sha256, Instant now);

    /** Whose a token is: its board, its scope (by name) and its person's user name. */
    record TokenHolder(long id, String tenantId, String scope, String username) {
    }

    /** Writes down that the token was used at {@code at} ({@code method} and {@code path} as cut to fit). */
    void tokenUsed(TokenHolder token, Instant at, String method, String path);
}
