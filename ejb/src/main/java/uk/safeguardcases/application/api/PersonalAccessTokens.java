package uk.safeguardcases.application.api;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.api.ApiKeyRepository;
import uk.safeguardcases.domain.api.PersonalAccessToken;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;

/**
 * A person's own tokens for the API (their account page): issued for a name, a scope and up to 90 days, shown once,
 * revoked at once; only each token's SHA-256 is stored. Issuing and revoking are on the board's timeline; every use is
 * recorded with the token (when, the method and the path), so the person and the board can see what a token did.
 */
@Stateless
public class PersonalAccessTokens {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final int NAME_MAX = 60;
    private static final int PRESENTED_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ApiKeyRepository tokens;

    @Inject
    private PersonRepository people;

    @Inject
    private PeopleDirectory directory;

    @Inject
    private TimelineService timeline;

    /** A token as the account page lists it (never the token itself). */
    public record TokenView(long id, String name, String prefix, Scope scope, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) implements Serializable {

        public boolean isActive() {
            return revokedAt == null && Instant.now().isBefore(expiresAt);
        }
    }

    /** A token just issued: {@code token} is shown to the person this once. */
    public record NewToken(TokenView view, String token) implements Serializable {
        @Override
        public String toString() {
            return "NewToken[" + view + "]";
        }
    }

    /** The person the token acts as, and what it may do. */
    public record TokenCaller(Caller caller, Scope scope, long tokenId) {
    }

    /** The caller's own tokens, newest first. */
    public List<TokenView> mine() {
        Person me = me();
        return tokens.tokensOf(me.id()).stream().map(PersonalAccessTokens::view).toList();
    }

    /** Issues a token acting as the caller. */
    public NewToken issue(String name, Scope scope, int days) {
        Person me = me();
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problems.put("tokenName", "Give the token a name, to recognise it by.");
        } else if (clean.length() > NAME_MAX || clean.chars().anyMatch(Character::isISOControl)) {
            problems.put("tokenName", "A name of at most " + NAME_MAX + " characters, on one line.");
        }
        if (scope == null) {
            problems.put("tokenScope", "Choose what the token may do.");
        }
        if (days < 1 || days > PersonalAccessToken.LONGEST_DAYS) {
            problems.put("tokenDays", "A token lasts from 1 to " + PersonalAccessToken.LONGEST_DAYS + " days.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PersonalAccessToken.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = now();
        PersonalAccessToken issued = PersonalAccessToken.issue(me.id(), clean, token, ContentHash.sha256Hex(token),
                scope, now, now.plus(Duration.ofDays(days)));
        tokens.add(issued);
        timeline.record(null, AuditAction.PERSONAL_TOKEN_ISSUED, me.username() + ": \"" + clean + "\" ("
                + issued.tokenPrefix() + "…, " + scope + ", until " + issued.expiresAt().truncatedTo(ChronoUnit.DAYS)
                + ")");
        return new NewToken(view(issued), token);
    }

    /** Revokes one of the caller's own tokens; another's (or another board's) is not found. */
    public TokenView revoke(long id) {
        Person me = me();
        PersonalAccessToken token = tokens.tokenOf(me.id(), id)
                .orElseThrow(() -> new NotFoundException("No such token of yours."));
        if (!token.revoked()) {
            token.revoke(now());
            timeline.record(null, AuditAction.PERSONAL_TOKEN_REVOKED, me.username() + ": \"" + token.name() + "\" ("
                    + token.tokenPrefix() + "…)");
        }
        return view(token);
    }

    /**
     * Revokes every live token of a person whose account is closed, for good: reactivating the account brings none
     * back (they issue new ones), which the check of a token's person being active alone did. Each is on the board's
     * timeline. Returns how many were revoked.
     */
    public int revokeAllOf(Person person, String why) {
        Instant now = now();
        List<PersonalAccessToken> live = tokens.liveTokensOf(person.id());
        for (PersonalAccessToken token : live) {
            token.revoke(now);
            timeline.record(null, AuditAction.PERSONAL_TOKEN_REVOKED, person.username() + ": \"" + token.name() + "\" ("
                    + token.tokenPrefix() + "…), " + why);
        }
        return live.size();
    }

    /**
     * The person a presented token acts as, when it is known, unrevoked, unexpired and its person active; the use is
     * recorded. Made before the board is known, so it reads the table directly (native SQL is not tenant-filtered)
     * and finds the board with the token.
     */
    public Optional<TokenCaller> callerFor(String presented, String method, String path) {
        if (presented == null || !presented.startsWith(PersonalAccessToken.PREFIX)
                || presented.length() > PRESENTED_MAX) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<ApiKeyRepository.TokenHolder> found = tokens.liveToken(ContentHash.sha256Hex(presented), now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyRepository.TokenHolder row = found.get();
        Optional<Caller> caller = directory.callerFor(row.username())
                .filter(c -> c.tenantId().equals(row.tenantId()));
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        String where = path == null ? "" : path.length() > 200 ? path.substring(0, 200) : path;
        tokens.tokenUsed(row, now, method == null ? "" : method.length() > 10 ? method.substring(0, 10) : method,
                where);
        return Optional.of(new TokenCaller(caller.get(), Scope.valueOf(row.scope()), row.id()));
    }

    /** How many times the caller's token {@code id} was used (their account page, and the tests). */
    public long uses(long id) {
        Person me = me();
        return tokens.usesOf(me.id(), id);
    }

    private Person me() {
        Caller caller = CallerContext.current();
        return people.byUsername(caller.username())
                .orElseThrow(() -> new NotFoundException("Only a person has personal access tokens."));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static TokenView view(PersonalAccessToken t) {
        return new TokenView(t.id(), t.name(), t.tokenPrefix(), t.scope(), t.createdAt(), t.expiresAt(),
                t.revokedAt(), t.lastUsedAt());
    }
}
