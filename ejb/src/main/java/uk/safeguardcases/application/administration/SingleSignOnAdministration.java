package uk.safeguardcases.application.administration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.people.IdentityProvider;
import uk.safeguardcases.application.people.SingleSignOnRefused;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.board.SingleSignOn;
import uk.safeguardcases.domain.people.Role;

/**
 * A board administrator sets the board's identity provider (OpenID Connect): the issuer, the client registered there
 * for this product, and the claim that names a person here. The provider is asked for its configuration before the
 * settings are kept, so a mistyped issuer is told at once rather than at the next sign-in. The client secret is never
 * shown again; leaving it empty keeps the one kept. Every change is on the board's timeline (without the secret).
 */
@Stateless
public class SingleSignOnAdministration {

    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_:.\\-]{1,100}");

    @Inject
    private BoardRepository boards;

    @Inject
    private TimelineService timeline;

    @Inject
    private IdentityProvider provider;

    /** The board's settings as the administrator sees them (the secret only as whether one is kept). */
    public SingleSignOnSettings settings() {
        CallerContext.require(Role.ADMIN);
        return boards.current().singleSignOn()
                .map(s -> new SingleSignOnSettings(true, s.issuer(), s.clientId(),
                        s.clientSecret() != null && !s.clientSecret().isEmpty(), s.claim()))
                .orElse(new SingleSignOnSettings(false, "", "", false, "preferred_username"));
    }

    /** Turns single sign-on on, or changes it; {@code clientSecret} empty keeps the secret already kept. */
    public void use(String issuer, String clientId, String clientSecret, String claim) {
        CallerContext.require(Role.ADMIN);
        Board board = boards.current();
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanIssuer = Checks.text(problems, "issuer", issuer, 500, Texts.text("sso.issuer.missing"));
        if (!problems.containsKey("issuer") && !acceptable(cleanIssuer)) {
            problems.put("issuer", Texts.text("sso.issuer.invalid"));
        }
        String cleanClient = Checks.text(problems, "clientId", clientId, 200, Texts.text("sso.client.missing"));
        String secret = clientSecret == null ? "" : clientSecret.strip();
        if (secret.length() > 500) {
            problems.put("clientSecret", Texts.text("input.tooLong", 500));
        }
        String cleanClaim = Checks.text(problems, "claim", claim, 100, Texts.text("sso.claim.missing"));
        if (!problems.containsKey("claim") && !CLAIM.matcher(cleanClaim).matches()) {
            problems.put("claim", Texts.text("sso.claim.invalid"));
        }
        Checks.check(problems);
        SingleSignOn before = board.singleSignOn().orElse(null);
        String keptSecret = secret.isEmpty() && before != null ? before.clientSecret() : secret;
        SingleSignOn settings = new SingleSignOn(cleanIssuer, cleanClient, keptSecret, cleanClaim);
        try {
            provider.check(settings);
        } catch (SingleSignOnRefused e) {
            problems.put("issuer", Texts.text("sso.issuer.unreachable", e.getMessage()));
            Checks.check(problems);
        }
        Checks.Changes changes = new Checks.Changes()
                .field("issuer", before == null ? null : before.issuer(), cleanIssuer)
                .field("client", before == null ? null : before.clientId(), cleanClient)
                .field("claim", before == null ? null : before.claim(), cleanClaim);
        boolean secretChanged = !secret.isEmpty() && (before == null || !secret.equals(before.clientSecret()));
        if (changes.any() || secretChanged) {
            board.useSingleSignOn(settings);
            timeline.record(null, AuditAction.SINGLE_SIGN_ON_CHANGED, (changes.any() ? changes.toString() : "")
                    + (secretChanged ? (changes.any() ? "; " : "") + "client secret replaced" : ""));
        }
    }

    /** Turns single sign-on off: the board's people sign in with their passwords again. */
    public void stop() {
        CallerContext.require(Role.ADMIN);
        Board board = boards.current();
        if (board.singleSignOn().isPresent()) {
            board.useSingleSignOn(null);
            timeline.record(null, AuditAction.SINGLE_SIGN_ON_CHANGED, "turned off; people sign in with passwords");
        }
    }

    /** HTTPS, or plain HTTP to this machine only (a provider run beside the product for trying it out). */
    static boolean acceptable(String issuer) {
        try {
            URI uri = URI.create(issuer);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            return !host.isEmpty() && uri.getQuery() == null && uri.getFragment() == null
                    && (scheme.equals("https") || scheme.equals("http") && local);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
