package uk.safeguardcases.application.people;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.board.SingleSignOn;

/**
 * Signing in through a board's own identity provider (OpenID Connect, Authorization Code with PKCE). The person chooses
 * their board on the sign-in page, signs in at the board's provider and comes back with a code; the code is exchanged
 * for an ID token whose claim (the one the board's administrator chose) must name exactly one active person of that
 * board, by user name or e-mail address. Nobody is ever created here: anyone the board does not know is refused. The
 * provider is trusted for the second factor, so nothing more is asked of the person.
 */
@Stateless
public class SingleSignOnSignIn {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private PeopleDirectoryReadModel people;

    @Inject
    private BoardRepository boards;

    @Inject
    private IdentityProvider provider;

    @Inject
    private PeopleDirectory directory;

    /** The boards that sign in through their own provider, for the sign-in page (before anyone is signed in). */
    public List<SingleSignOnBoard> boards() {
        return people.singleSignOnBoards().entrySet().stream()
                .map(r -> new SingleSignOnBoard(r.getKey(), r.getValue())).toList();
    }

    /** Starts a sign-in at {@code board}'s provider; the browser is to come back to {@code returnAddress}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SingleSignOnStart start(String board, String returnAddress) throws SingleSignOnRefused {
        SingleSignOn settings = settingsOf(board);
        String state = random();
        String nonce = random();
        String verifier = random() + random();
        URI address = provider.signInAddress(settings, returnAddress, state, nonce, challenge(verifier));
        return new SingleSignOnStart(board, address, returnAddress, state, nonce, verifier, Instant.now(clock));
    }

    /**
     * The browser is back from the provider with {@code code} and {@code state}: returns the user name of the board's
     * person it signed in as, or says why not.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String finish(SingleSignOnStart started, String code, String state) throws SingleSignOnRefused {
        if (started == null || !started.openAt(Instant.now(clock))) {
            throw new SingleSignOnRefused("no sign-in under way in this browser, or it took longer than "
                    + SingleSignOnStart.OPEN_FOR.toMinutes() + " minutes");
        }
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                started.state().getBytes(StandardCharsets.UTF_8))) {
            throw new SingleSignOnRefused("the state sent back is not the one sent");
        }
        if (code == null || code.isBlank() || code.length() > 4000) {
            throw new SingleSignOnRefused("no code sent back");
        }
        SingleSignOn settings = settingsOf(started.board());
        Map<String, Object> claims = provider.claims(settings, code, started.returnAddress(), started.codeVerifier(),
                started.nonce());
        Object value = claims.get(settings.claim());
        if (!(value instanceof String name) || name.isBlank()) {
            throw new SingleSignOnRefused("the ID token has no claim " + settings.claim());
        }
        return personOf(started.board(), name.strip())
                .orElseThrow(() -> new SingleSignOnRefused("nobody of board " + started.board()
                        + " matches the claim " + settings.claim()));
    }

    /**
     * The person an access token of a board's own provider names (a bearer token on the API): the token says its
     * issuer, which names the boards that use that provider; for each, the token must verify against the board's
     * settings (signature, algorithm, issuer, audience and {@code azp} its client, times) and its claim name exactly
     * one active person of that board. Another board's token, or a token for another client, names nobody.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Caller> callerForAccessToken(String token) {
        String issuer = unverifiedIssuer(token);
        if (issuer == null) {
            return Optional.empty();
        }
        List<String> candidates = people.boardsOfIssuer(issuer);
        for (String board : candidates) {
            try {
                SingleSignOn settings = settingsOf(board);
                Object value = provider.accessTokenClaims(settings, token).get(settings.claim());
                if (value instanceof String name && !name.isBlank()) {
                    Optional<Caller> caller = personOf(board, name.strip()).flatMap(directory::callerFor)
                            .filter(c -> c.tenantId().equals(board));
                    if (caller.isPresent()) {
                        return caller;
                    }
                }
            } catch (SingleSignOnRefused refused) {
                java.util.logging.Logger.getLogger(SingleSignOnSignIn.class.getName()).info(() -> "An access token"
                        + " refused for board " + board + ": " + refused.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The issuer a JWT claims, read without trusting it: only to find whose settings to verify it with. */
    static String unverifiedIssuer(String token) {
        String[] parts = token == null || token.length() > 8000 ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            String issuer = reader.readObject().getString("iss", "").strip();
            if (issuer.endsWith("/")) {
                issuer = issuer.substring(0, issuer.length() - 1);
            }
            return issuer.isEmpty() || issuer.length() > 500 ? null : issuer;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Optional<String> personOf(String board, String claimed) {
        List<String> matches = people.activeUsernames(board, claimed, Accounts.lower(claimed));
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private SingleSignOn settingsOf(String board) throws SingleSignOnRefused {
        if (board == null || board.isBlank() || board.length() > 40) {
            throw new SingleSignOnRefused("no board named");
        }
        if (!people.boardExists(board)) {
            throw new SingleSignOnRefused("no such board");
        }
        return CallerContext.runAs(Caller.system(board), () -> boards.current().singleSignOn())
                .orElseThrow(() -> new SingleSignOnRefused("board " + board + " has no single sign-on"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** PKCE's S256 challenge: the verifier's SHA-256, base64url without padding (RFC 7636). */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
