package uk.safeguardcases.infrastructure.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(string(discovery, "token_endpoint")))
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
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new SingleSignOnRefused("the ID token is not a signed JWT");
        }
        JsonObject header = json(decode(parts[0]));
        JsonObject claims = json(decode(parts[1]));
        String algorithm = header.getString("alg", "");
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw new SingleSignOnRefused("the ID token is signed with " + algorithm + ", not RSA");
        }
        PublicKey key = key(settings, discovery, header.getString("kid", null));
        try {
            Signature signature = Signature.getInstance(ALGORITHMS.get(algorithm));
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new SingleSignOnRefused("the ID token's signature is wrong");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SingleSignOnRefused("the ID token's signature cannot be checked", e);
        }
        if (!issuer(settings).equals(trimmed(claims.getString("iss", "")))) {
            throw new SingleSignOnRefused("the ID token is from another issuer");
        }
        if (!audience(claims).contains("\n" + settings.clientId() + "\n")) {
            throw new SingleSignOnRefused("the ID token is for another client");
        }
        Instant now = Instant.now();
        if (!(claims.get("exp") instanceof JsonNumber expiry)
                || Instant.ofEpochSecond(expiry.longValue()).plus(CLOCK_SKEW).isBefore(now)) {
            throw new SingleSignOnRefused("the ID token has expired");
        }
        String sent = claims.getString("nonce", "");
        if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.UTF_8))) {
            throw new SingleSignOnRefused("the ID token's nonce is not this sign-in's");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        claims.forEach((name, value) -> values.put(name, value instanceof JsonString s ? s.getString() : value.toString()));
        return values;
    }

    private static String audience(JsonObject claims) {
        JsonValue audience = claims.get("aud");
        if (audience instanceof JsonString one) {
            return "\n" + one.getString() + "\n";
        }
        if (audience instanceof JsonArray many) {
            return "\n" + many.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .collect(Collectors.joining("\n")) + "\n";
        }
        return "";
    }

    private PublicKey key(SingleSignOn settings, JsonObject discovery, String keyId) throws SingleSignOnRefused {
        String address = string(discovery, "jwks_uri");
        for (boolean again : new boolean[] {false, true}) {
            Kept keys = kept.get(address);
            if (again || keys == null || !keys.fresh()) {
                keys = new Kept(json(send(HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT).GET().build(),
                        "the provider's keys")), Instant.now());
                kept.put(address, keys);
            }
            for (JsonValue value : keys.document().getJsonArray("keys") == null ? JsonValue.EMPTY_JSON_ARRAY
                    : keys.document().getJsonArray("keys")) {
                JsonObject jwk = value.asJsonObject();
                boolean rsa = "RSA".equals(jwk.getString("kty", ""));
                boolean signing = !"enc".equals(jwk.getString("use", "sig"));
                boolean named = keyId == null || keyId.equals(jwk.getString("kid", null));
                if (rsa && signing && named) {
                    try {
                        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")))));
                    } catch (GeneralSecurityException | RuntimeException e) {
                        throw new SingleSignOnRefused("the provider's key " + keyId + " cannot be read", e);
                    }
                }
            }
        }
        throw new SingleSignOnRefused("the provider has no key " + keyId);
    }

    private JsonObject discovery(SingleSignOn settings, boolean afresh) throws SingleSignOnRefused {
        String address = issuer(settings) + "/.well-known/openid-configuration";
        Kept document = kept.get(address);
        if (afresh || document == null || !document.fresh()) {
            URI uri;
            try {
                uri = URI.create(address);
            } catch (IllegalArgumentException e) {
                throw new SingleSignOnRefused("the issuer is not an address", e);
            }
            document = new Kept(json(send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    "the provider's configuration")), Instant.now());
            if (!issuer(settings).equals(trimmed(document.document().getString("issuer", "")))) {
                throw new SingleSignOnRefused("the provider's configuration names another issuer");
            }
            kept.put(address, document);
        }
        return document.document();
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

    private static String decode(String part) throws SingleSignOnRefused {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SingleSignOnRefused("the ID token is not base64url", e);
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
