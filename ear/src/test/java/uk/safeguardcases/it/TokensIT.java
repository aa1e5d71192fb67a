package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tokens instead of passwords on the API (issue 39), against a real Keycloak: the access tokens of a board's own
 * provider are taken when they are the provider's, for the board's client and person; expired ones, ones for another
 * client, ones "signed" with {@code none} or with HS256 keyed by the provider's public key, and another board's person's
 * are refused (the provider's realm signs with a key the test imported, so the test can make tokens the provider's
 * keys verify). A person's own token from the account page works as them, read-only when so issued, until revoked, and
 * each use is recorded; a service account sees only its organisation's referrals. Nothing answers 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final String REALM = "tokens";
    private static final String CLIENT = "safeguard-cases";
    private static final String CLIENT_SECRET = "tokens-client-secret-2026";
    private static final String OTHER_SECRET = "other-client-secret-2026";
    private static final String PROVIDER_PASSWORD = "Keycloak-Pass-2026";
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"newToken\">(sgc_pat_[A-Za-z0-9_-]+)<");

    private static Keycloak keycloak;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /**
     * The realm: the product's client (confidential, direct grants for the test, its id added to access tokens'
     * audience), another client of the same realm, the board's officer and another board's officer, and the realm's
     * signing key imported from the test (with the generated HMAC and AES keys Keycloak needs for itself).
     */
    private static String realm(String board, KeyPair key) {
        String privateKey = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
        return """
                {"realm": "%s", "enabled": true, "sslRequired": "none",
                 "components": {"org.keycloak.keys.KeyProvider": [
                   {"name": "imported-rsa", "providerId": "rsa", "subComponents": {},
                    "config": {"priority": ["200"], "enabled": ["true"], "active": ["true"], "algorithm": ["RS256"],
                               "privateKey": ["%s"]}},
                   {"name": "hmac", "providerId": "hmac-generated", "subComponents": {},
                    "config": {"priority": ["100"], "algorithm": ["HS512"]}},
                   {"name": "aes", "providerId": "aes-generated", "subComponents": {}, "config": {"priority": ["100"]}}]},
                 "clients": [
                   {"clientId": "%s", "enabled": true, "publicClient": false, "secret": "%s",
                    "standardFlowEnabled": false, "directAccessGrantsEnabled": true,
                    "protocolMappers": [{"name": "audience", "protocol": "openid-connect",
                      "protocolMapper": "oidc-audience-mapper",
                      "config": {"included.client.audience": "%s", "access.token.claim": "true",
                                 "id.token.claim": "false"}}]},
                   {"clientId": "other-client", "enabled": true, "publicClient": false, "secret": "%s",
                    "standardFlowEnabled": false, "directAccessGrantsEnabled": true}],
                 "users": [
                   {"username": "%s.officer", "enabled": true, "email": "%s.officer@demo.example.org",
                    "emailVerified": true, "firstName": "Olivia", "lastName": "Okafor",
                    "credentials": [{"type": "password", "value": "%s", "temporary": false}]},
                   {"username": "chscb.officer", "enabled": true, "email": "chscb.officer@demo.example.org",
                    "emailVerified": true, "firstName": "Other", "lastName": "Board",
                    "credentials": [{"type": "password", "value": "%s", "temporary": false}]}]}
                """.formatted(REALM, privateKey, CLIENT, CLIENT_SECRET, CLIENT, OTHER_SECRET, board, board,
                PROVIDER_PASSWORD, PROVIDER_PASSWORD);
    }

    @Test
    void theProvidersAccessTokensAreTakenOnlyWhenTheyAreTheBoardsInEveryRespect() throws Exception {
        String board = fixture("board?like=lscb");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        keycloak = Keycloak.start(REALM, realm(board, key));
        String issuer = keycloak.issuer(REALM);
        assertThat(fixture("sso?board=" + board + "&issuer=" + enc(issuer) + "&client=" + CLIENT + "&secret="
                + CLIENT_SECRET)).isEqualTo("ok");

        String real = accessToken(CLIENT, CLIENT_SECRET, board + ".officer");
        assertThat(api("GET", "api/cases?size=1", real).statusCode()).as("the provider's token for the board's officer")
                .isEqualTo(200);

        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put("another client's token (audience and azp)", api("GET", "api/cases?size=1",
                accessToken("other-client", OTHER_SECRET, board + ".officer")).statusCode());
        refused.put("another board's person's token", api("GET", "api/cases?size=1",
                accessToken(CLIENT, CLIENT_SECRET, "chscb.officer")).statusCode());

        // Tokens the provider's own key signs, made here to be wrong in exactly one way.
        String kid = keyIdOf(issuer, (RSAPublicKey) key.getPublic());
        Instant now = Instant.now();
        JWTClaimsSet good = claims(issuer, board + ".officer", CLIENT, CLIENT, now.minusSeconds(5), now.plusSeconds(300));
        assertThat(api("GET", "api/cases?size=1", signed(good, key, kid)).statusCode())
                .as("a well-made token signed with the provider's key is taken (so the refusals below are each"
                        + " for their one fault)").isEqualTo(200);
        refused.put("expired", api("GET", "api/cases?size=1", signed(claims(issuer, board + ".officer", CLIENT, CLIENT,
                now.minusSeconds(900), now.minusSeconds(600)), key, kid)).statusCode());
        refused.put("wrong audience", api("GET", "api/cases?size=1", signed(claims(issuer, board + ".officer",
                "another-api", CLIENT, now.minusSeconds(5), now.plusSeconds(300)), key, kid)).statusCode());
        refused.put("wrong issuer", api("GET", "api/cases?size=1", signed(claims(issuer + "-other", board + ".officer",
                CLIENT, CLIENT, now.minusSeconds(5), now.plusSeconds(300)), key, kid)).statusCode());
        String payload = base64(good.toString().getBytes(StandardCharsets.UTF_8));
        refused.put("alg none", api("GET", "api/cases?size=1", base64("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8)) + "." + payload + ".").statusCode());
        String hsHeader = base64(("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        for (byte[] secret : List.of(key.getPublic().getEncoded(), pem(key).getBytes(StandardCharsets.US_ASCII))) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String signedPart = hsHeader + "." + payload;
            refused.put("HS256 with the public key " + secret.length, api("GET", "api/cases?size=1", signedPart + "."
                    + base64(mac.doFinal(signedPart.getBytes(StandardCharsets.US_ASCII)))).statusCode());
        }
        refused.put("garbage", api("GET", "api/cases?size=1", "a.b.c").statusCode());
        assertThat(refused).allSatisfy((what, status) -> assertThat(status).as(what).isEqualTo(401));
    }

    @Test
    void aPersonalAccessTokenWorksAsItsPersonWithinItsScopeUntilRevokedAndEachUseIsRecorded() {
        Browser officer = new Browser(URI.create(baseUrl.toString()));
        assertThat(officer.signIn("chscb.officer", PASSWORD).uri()).endsWith("/officer/dashboard.xhtml");
        Browser.Page account = officer.open("account.xhtml");
        Browser.Page tooLong = officer.submit(account, "tokens", Map.of("tokenName", "Too long", "tokenScope", "READ",
                "tokenDays", "91"), "issueToken");
        assertThat(tooLong.body()).contains("from 1 to 90 days").doesNotContain("id=\"newToken\"");
        Browser.Page issued = officer.submit(officer.open("account.xhtml"), "tokens", Map.of("tokenName",
                "Reporting script", "tokenScope", "READ", "tokenDays", "30"), "issueToken");
        Matcher matcher = NEW_TOKEN.matcher(issued.body());
        assertThat(matcher.find()).as(issued.body()).isTrue();
        String token = matcher.group(1);

        HttpResponse<String> cases = api("GET", "api/cases?size=50", token);
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).as("the same cases as the officer's own session sees")
                .isEqualTo(officer.api("api/cases?size=50").body()).doesNotContain("LSCB-").doesNotContain("NSCB-");
        assertThat(api("GET", "api/cases/LSCB-2026-0001", token).statusCode()).as("another board's case")
                .isEqualTo(404);
        HttpResponse<String> write = apiPost("api/cases", token, "{}");
        assertThat(write.statusCode()).as("a read-only token changes nothing").isEqualTo(403);
        assertThat(write.body()).contains("may only read");

        Browser.Page listed = officer.open("account.xhtml");
        assertThat(listed.body()).contains("Reporting script").doesNotContain(token);
        Matcher lastUsed = Pattern.compile("class=\"token-last-used\">([^<]*)<").matcher(listed.body());
        assertThat(lastUsed.find()).isTrue();
        assertThat(lastUsed.group(1).strip()).as("its last use is recorded and shown").isNotEqualTo("–").isNotEmpty();

        officer.submit(listed, "tokens", Map.of(), "tokenRow:0:revoke");
        assertThat(api("GET", "api/cases?size=1", token).statusCode()).as("revoked").isEqualTo(401);
        assertThat(api("GET", "api/cases?size=1", token.substring(0, token.length() - 2) + "xx").statusCode())
                .as("a token that was never issued").isEqualTo(401);
    }

    @Test
    void aServiceAccountSeesOnlyItsOrganisationsReferralsAndRaisesNothing() {
        String key = fixture("service-account?board=chscb");
        HttpResponse<String> mine = api("GET", "api/referrals", key);
        assertThat(mine.statusCode()).isEqualTo(200);
        HttpResponse<String> partner = http(HttpRequest.newBuilder(URI.create(baseUrl + "api/referrals"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("chscb.hr:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET());
        assertThat(mine.body()).as("the same referrals as the organisation's HR partner").isEqualTo(partner.body());
        assertThat(apiPost("api/cases", key, "{}").statusCode()).as("an HR system raises no case").isEqualTo(403);
    }

    private static JWTClaimsSet claims(String issuer, String username, String audience, String azp, Instant issued,
            Instant expires) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject("s-" + username).audience(audience)
                .claim("azp", azp).claim("typ", "Bearer").claim("preferred_username", username)
                .issueTime(Date.from(issued)).expirationTime(Date.from(expires)).build();
    }

    private static String signed(JWTClaimsSet claims, KeyPair key, String kid) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(key.getPrivate()));
        return jwt.serialize();
    }

    /** The id Keycloak gave the imported key in its published JWKS. */
    private String keyIdOf(String issuer, RSAPublicKey publicKey) {
        HttpResponse<String> jwks = http(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs")));
        String modulus = base64(unsigned(publicKey.getModulus()));
        for (JsonValue value : json(jwks.body()).getJsonArray("keys")) {
            JsonObject jwk = value.asJsonObject();
            if (modulus.equals(jwk.getString("n", ""))) {
                return jwk.getString("kid");
            }
        }
        throw new AssertionError("the imported key is not among the provider's keys: " + jwks.body());
    }

    private String accessToken(String client, String secret, String username) {
        String form = "grant_type=password&client_id=" + client + "&client_secret=" + secret + "&username="
                + enc(username) + "&password=" + enc(PROVIDER_PASSWORD) + "&scope=openid";
        HttpResponse<String> answer = http(HttpRequest.newBuilder(URI.create(keycloak.issuer(REALM)
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body()).getString("access_token");
    }

    private HttpResponse<String> api(String method, String path, String token) {
        HttpResponse<String> answer = http(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()));
        assertThat(answer.statusCode()).as(path).isLessThan(500);
        return answer;
    }

    private HttpResponse<String> apiPost(String path, String token, String json) {
        HttpResponse<String> answer = http(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(answer.statusCode()).as(path).isLessThan(500);
        return answer;
    }

    private String fixture(String path) {
        HttpResponse<String> answer = http(HttpRequest.newBuilder(URI.create(baseUrl + "test-fixtures/account/" + path)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body().strip();
    }

    private HttpResponse<String> http(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String pem(KeyPair key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] unsigned(BigInteger number) {
        byte[] bytes = number.toByteArray();
        return bytes[0] == 0 && bytes.length > 1 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
