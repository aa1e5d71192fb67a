package uk.safeguardcases.infrastructure.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import uk.safeguardcases.application.people.IdentityProvider;
import uk.safeguardcases.application.people.SingleSignOnRefused;
import uk.safeguardcases.domain.board.SingleSignOn;

/**
 * OpenID Connect on the wire: the provider's discovery document, the authorization request with PKCE (S256), the code
 * exchanged at the token endpoint (with the client secret as HTTP Basic when the board has one, else as a public
 * client), and the ID token verified here: an RSA signature (RS256/384/512) by a key of the provider's JWKS, the
 * issuer, the audience, the expiry and the nonce. Discovery documents and keys are kept for ten minutes; an unknown key
 * id fetches the keys again (the provider rotated them).
 */
@ApplicationScoped
public class OpenIdConnectProvider implements IdentityProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** Asymmetric signatures only: RSA (PKCS #1 and PSS) and elliptic curves. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private record Kept(JsonObject document, Instant fetchedAt) {
        boolean fresh() {
            return Instant.now().isBefore(fetchedAt.plus(KEEP));
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Override
    public void check(SingleSignOn settings) throws SingleSignOnRefused {
        JsonObject discovery = discovery(settings, true);
        for (String field : new String[] {"authorization_endpoint", "token_endpoint", "jwks_uri"}) {
            if (!(discovery.get(field) instanceof JsonString)) {
                throw new SingleSignOnRefused("the provider's configuration has no " + field);
            }
        }
    }

    @Override
    public URI signInAddress(SingleSignOn settings, String returnAddress, String state, String nonce,
            String codeChallenge) throws SingleSignOnRefused {
        String endpoint = string(discovery(settings, false), "authorization_endpoint");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", returnAddress);
        query.put("scope", "openid profile email");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
    }

    @Override
    public Map<String, Object> claims(SingleSignOn settings, String code, String returnAddress, String codeVerifier,
            String nonce) throws SingleSignOnRefused {
        JsonObject discovery = discovery(settings, false);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", returnAddress);
        body.put("code_verifier", codeVerifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(ProviderAddress.checked(string(discovery, "token_endpoint")))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (settings.clientSecret() == null || settings.clientSecret().isEmpty()) {
            body.put("client_id", settings.clientId());
        } else {
            String pair = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        JsonObject tokens = json(send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build(),
                "the token endpoint"));
        if (!(tokens.get("id_token") instanceof JsonString idToken)) {
            throw new SingleSignOnRefused("the token endpoint sent no ID token");
        }
        return verified(settings, discovery, idToken.getString(), nonce);
    }

    /** The ID token's claims, once everything that makes it this provider's answer to this sign-in is checked. */
    Map<String, Object> verified(SingleSignOn settings, JsonObject discovery, String token, String nonce)
            throws SingleSignOnRefused {
        JWTClaimsSet claims = checked(settings, discovery, token, "the ID token", false);
        Object sent = claims.getClaim("nonce");
        if (!(sent instanceof String value) || !MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                nonce.getBytes(StandardCharsets.UTF_8))) {
            throw new SingleSignOnRefused("the ID token's nonce is not this sign-in's");
        }
        return values(claims);
    }

    @Override
    public Map<String, Object> accessTokenClaims(SingleSignOn settings, String token) throws SingleSignOnRefused {
        return values(checked(settings, discovery(settings, false), token, "the access token", true));
    }

    /**
     * A token of the board's provider, verified with Nimbus JOSE+JWT: signed (never {@code none}) with an asymmetric
     * algorithm of {@link #ALGORITHMS} by a key of the provider's JWKS (so a token "signed" with HS256 and the public
     * key as the secret is refused), from the board's issuer, for the board's client ({@code aud} names it, and
     * {@code azp}, when there or for an access token, is it), with an expiry, issued ({@code iat}) not in the future and
     * valid ({@code nbf}) by now, two minutes' clock skew allowed. An access token is not an ID token.
     */
    JWTClaimsSet checked(SingleSignOn settings, JsonObject discovery, String token, String what, boolean access)
            throws SingleSignOnRefused {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (java.text.ParseException | RuntimeException e) {
            throw new SingleSignOnRefused(what + " is not a signed JWT", e);
        }
        if (!(parsed instanceof SignedJWT signed)) {
            throw new SingleSignOnRefused(what + " is signed with " + parsed.getHeader().getAlgorithm()
                    + ", not RSA or EC");
        }
        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw new SingleSignOnRefused(what + " is signed with " + algorithm + ", not RSA or EC");
        }
        String address = string(discovery, "jwks_uri");
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier((type, context) -> {
            // Plain JWTs, "at+jwt" access tokens (RFC 9068) and none at all; never an encrypted or other type.
            if (type != null && !JOSEObjectType.JWT.equals(type) && !new JOSEObjectType("at+jwt").equals(type)) {
                throw new BadJOSEException("a token of type " + type);
            }
        });
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, (selector, context) -> {
            List<JWK> found = selector.select(keys(address, false));
            return found.isEmpty() ? selector.select(keys(address, true)) : found; // the provider rotated its keys
        }));
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(Set.of(settings.clientId()),
                new JWTClaimsSet.Builder().issuer(issuer(settings)).build(), Set.of("exp", "iat", "sub"), null) {
            @Override
            public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
                JWTClaimsSet same = claims;
                if (claims.getIssuer() != null) {
                    same = new JWTClaimsSet.Builder(claims).issuer(trimmed(claims.getIssuer())).build();
                }
                super.verify(same, context);
            }
        };
        verifier.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(verifier);
        JWTClaimsSet claims;
        try {
            claims = processor.process(signed, null);
        } catch (KeysUnavailable e) {
            throw (SingleSignOnRefused) e.getCause();
        } catch (BadJWSException e) {
            throw new SingleSignOnRefused(what + "'s signature is wrong", e);
        } catch (BadJWTException e) {
            throw new SingleSignOnRefused(what + " " + plainly(e.getMessage()), e);
        } catch (BadJOSEException | JOSEException e) {
            throw new SingleSignOnRefused(what + " cannot be checked: " + e.getMessage(), e);
        }
        if (claims.getIssueTime().toInstant().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new SingleSignOnRefused(what + " is issued in the future");
        }
        Object azp = claims.getClaim("azp");
        if ((access || azp != null) && !settings.clientId().equals(azp)) {
            throw new SingleSignOnRefused(what + " is for another client (azp)");
        }
        if (access && ("ID".equals(claims.getClaim("typ")) || claims.getClaim("nonce") != null)) {
            throw new SingleSignOnRefused(what + " is an ID token");
        }
        return claims;
    }

    /** Nimbus's reasons, in the words the product's log uses. */
    private static String plainly(String reason) {
        String text = reason == null ? "" : reason;
        if (text.contains("Expired")) {
            return "has expired";
        }
        if (text.contains("aud")) {
            return "is for another client";
        }
        if (text.contains("iss")) {
            return "is from another issuer";
        }
        if (text.contains("before use time")) {
            return "is not valid yet (nbf)";
        }
        return "is refused: " + text;
    }

    private static Map<String, Object> values(JWTClaimsSet claims) {
        Map<String, Object> values = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> values.put(name, value instanceof String s ? s
                : value instanceof java.util.Date d ? String.valueOf(d.toInstant().getEpochSecond())
                : String.valueOf(value)));
        return values;
    }

    /** The provider's keys, as it serves them (kept ten minutes, or fetched again now). */
    private JWKSet keys(String address, boolean again) throws KeysUnavailable {
        try {
            KeptKeys keys = keptKeys.get(address);
            if (again || keys == null || !keys.fresh()) {
                keys = new KeptKeys(JWKSet.parse(send(get(address), "the provider's keys")), Instant.now());
                keptKeys.put(address, keys);
            }
            return keys.keys();
        } catch (SingleSignOnRefused e) {
            throw new KeysUnavailable(e);
        } catch (java.text.ParseException e) {
            throw new KeysUnavailable(new SingleSignOnRefused("the provider's keys are not a JWK set", e));
        }
    }

    /** Carries a refusal out of Nimbus's key source, which may throw only KeySourceException. */
    private static final class KeysUnavailable extends KeySourceException {
        KeysUnavailable(SingleSignOnRefused cause) {
            super(cause.getMessage(), cause);
        }
    }

    private record KeptKeys(JWKSet keys, Instant fetchedAt) {
        boolean fresh() {
            return Instant.now().isBefore(fetchedAt.plus(KEEP));
        }
    }

    private final Map<String, KeptKeys> keptKeys = new ConcurrentHashMap<>();

    private JsonObject discovery(SingleSignOn settings, boolean afresh) throws SingleSignOnRefused {
        String address = issuer(settings) + "/.well-known/openid-configuration";
        Kept document = kept.get(address);
        if (afresh || document == null || !document.fresh()) {
            document = new Kept(json(send(get(address), "the provider's configuration")), Instant.now());
            if (!issuer(settings).equals(trimmed(document.document().getString("issuer", "")))) {
                throw new SingleSignOnRefused("the provider's configuration names another issuer");
            }
            kept.put(address, document);
        }
        return document.document();
    }

    /** A GET from the provider, on an address it may be fetched from ({@link ProviderAddress}). */
    private static HttpRequest get(String address) throws SingleSignOnRefused {
        return HttpRequest.newBuilder(ProviderAddress.checked(address)).timeout(TIMEOUT).GET().build();
    }

    private String send(HttpRequest request, String what) throws SingleSignOnRefused {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new SingleSignOnRefused(what + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new SingleSignOnRefused(what + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SingleSignOnRefused(what + " was not waited for", e);
        }
    }

    private static JsonObject json(String text) throws SingleSignOnRefused {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new SingleSignOnRefused("an answer that is not a JSON object", e);
        }
    }

    private static String string(JsonObject object, String field) throws SingleSignOnRefused {
        if (!(object.get(field) instanceof JsonString value)) {
            throw new SingleSignOnRefused("the provider's configuration has no " + field);
        }
        return value.getString();
    }

    private static String issuer(SingleSignOn settings) {
        return trimmed(settings.issuer());
    }

    private static String trimmed(String issuer) {
        String clean = issuer.strip();
        return clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
