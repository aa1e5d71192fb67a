package uk.safeguardcases.infrastructure.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.people.SingleSignOnRefused;
import uk.safeguardcases.domain.board.SingleSignOn;

/**
 * The ID token checks, against keys served over HTTP as a provider serves them: only a token signed by the provider's
 * key, from its issuer, for this client, unexpired and carrying this sign-in's nonce is accepted.
 */
class OpenIdConnectProviderTest {

    private static final String ISSUER = "https://idp.example.org/realms/board";
    private static final SingleSignOn SETTINGS = new SingleSignOn(ISSUER, "safeguard-cases", "s3cret", "preferred_username");

    private HttpServer server;
    private KeyPair key;
    private JsonObject discovery;
    private final OpenIdConnectProvider provider = new OpenIdConnectProvider();

    @BeforeEach
    void serveKeys() throws Exception {
        System.setProperty(ProviderAddress.SETTING, "allow"); // the keys are served on the loopback here
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        String jwks = Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("kid", "k1").add("alg", "RS256")
                .add("n", base64(publicKey.getModulus())).add("e", base64(publicKey.getPublicExponent())))).build()
                .toString();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        discovery = Json.createObjectBuilder()
                .add("jwks_uri", "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks").build();
    }

    @AfterEach
    void stop() {
        System.clearProperty(ProviderAddress.SETTING);
        server.stop(0);
    }

    @Test
    void aTokenSignedByTheProviderForThisSignInGivesItsClaims() throws Exception {
        Map<String, Object> claims = provider.verified(SETTINGS, discovery, token(claims("n-1"), key, "RS256"), "n-1");
        assertThat(claims).containsEntry("preferred_username", "cwmtaf.officer").containsEntry("iss", ISSUER);
    }

    @Test
    void anyOtherTokenIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        refused(token(claims("n-1"), other, "RS256"), "n-1", "signature is wrong");
        refused(token(claims("n-1"), key, "RS256"), "n-2", "nonce");
        refused(token(claims("n-1").replace(ISSUER, "https://evil.example.org"), key, "RS256"), "n-1", "another issuer");
        refused(token(claims("n-1").replace("\"safeguard-cases\"", "\"other-client\""), key, "RS256"), "n-1",
                "another client");
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        refused(token(claims("n-1").replaceFirst("\"exp\":\\d+", "\"exp\":" + past), key, "RS256"), "n-1", "expired");
        String header = base64(("{\"alg\":\"none\"}").getBytes(StandardCharsets.UTF_8));
        refused(header + "." + base64(claims("n-1").getBytes(StandardCharsets.UTF_8)) + ".", "n-1", "not RSA");
        refused("not-a-token", "n-1", "not a signed JWT");
    }

    @Test
    void hs256SignedWithTheProvidersPublicKeyAndTimesOutsideTheTokensLifeAreRefused() throws Exception {
        byte[] publicKey = key.getPublic().getEncoded();
        String header = base64("{\"alg\":\"HS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        String body = header + "." + base64(claims("n-1").getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(publicKey, "HmacSHA256"));
        refused(body + "." + base64(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII))), "n-1", "HS256, not RSA");
        long later = Instant.now().plusSeconds(3600).getEpochSecond();
        refused(token(claims("n-1").replace("\"nonce\"", "\"nbf\":" + later + ",\"nonce\""), key, "RS256"), "n-1",
                "not valid yet");
        refused(token(claims("n-1").replaceFirst("\"iat\":\\d+", "\"iat\":" + later), key, "RS256"), "n-1",
                "issued in the future");
        refused(token(claims("n-1").replace("\"nonce\"", "\"azp\":\"other-client\",\"nonce\""), key, "RS256"),
                "n-1", "another client (azp)");
    }

    @Test
    void anAccessTokenMustBeForThisClientAndNotAnIdToken() throws Exception {
        String access = claims("n-1").replace(",\"nonce\":\"n-1\"", ",\"azp\":\"safeguard-cases\"");
        assertThat(provider.checked(SETTINGS, discovery, token(access, key, "RS256"), "the access token", true)
                .getStringClaim("preferred_username")).isEqualTo("cwmtaf.officer");
        assertThatThrownBy(() -> provider.checked(SETTINGS, discovery, token(claims("n-1"), key, "RS256"),
                "the access token", true)).isInstanceOf(SingleSignOnRefused.class).hasMessageContaining("azp");
    }

    @Test
    void theProvidersAddressIsHttpsOnAPublicAddressUnlessTheOperatorAllowsPrivateOnes() throws Exception {
        for (String address : new String[] {"http://idp.example.org/realms/x", "https://127.0.0.1/realms/x",
                "https://169.254.169.254/latest", "https://10.1.2.3/", "https://[::1]/", "ftp://idp.example.org/",
                "https://user@93.184.215.14/"}) {
            assertThatThrownBy(() -> ProviderAddress.checked(address, false)).as(address)
                    .isInstanceOf(SingleSignOnRefused.class);
        }
        assertThat(ProviderAddress.checked("https://93.184.215.14/realms/x", false).getHost()).isEqualTo("93.184.215.14");
        assertThat(ProviderAddress.checked("http://127.0.0.1:8080/realms/x", true).getPort()).isEqualTo(8080);
        assertThatThrownBy(() -> ProviderAddress.checked("http://93.184.215.14/realms/x", true))
                .isInstanceOf(SingleSignOnRefused.class).hasMessageContaining("HTTPS");
    }

    @Test
    void anAudienceListMustNameThisClient() throws Exception {
        String many = claims("n-1").replace("\"aud\":\"safeguard-cases\"", "\"aud\":[\"account\",\"safeguard-cases\"]");
        assertThat(provider.verified(SETTINGS, discovery, token(many, key, "RS256"), "n-1")).containsKey("sub");
    }

    /** ASVS V10.5.3: a discovery document must name the issuer the board configured, or the provider is refused. */
    @Test
    void aDiscoveryDocumentNamingAnotherIssuerIsRefused() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/own/.well-known/openid-configuration", 200, null, configuration(base + "/own"));
        serve("/mixed/.well-known/openid-configuration", 200, null, configuration(base + "/own"));
        provider.check(new SingleSignOn(base + "/own", "safeguard-cases", "s3cret", "preferred_username"));
        assertThatThrownBy(() -> provider.check(new SingleSignOn(base + "/mixed", "safeguard-cases", "s3cret",
                "preferred_username"))).isInstanceOf(SingleSignOnRefused.class).hasMessageContaining("another issuer");
    }

    /**
     * ASVS V15.3.2: the client follows no redirect from the provider: a discovery document moved elsewhere (a 302 to
     * one that would be accepted) is refused, as is a token endpoint that redirects the code.
     */
    @Test
    void aProviderThatAnswersWithARedirectIsRefusedNotFollowed() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/moved/.well-known/openid-configuration", 302, base + "/moved/elsewhere", "");
        serve("/moved/elsewhere", 200, null, configuration(base + "/moved"));
        SingleSignOn moved = new SingleSignOn(base + "/moved", "safeguard-cases", "s3cret", "preferred_username");
        assertThatThrownBy(() -> provider.check(moved)).isInstanceOf(SingleSignOnRefused.class)
                .hasMessageContaining("answered 302");

        serve("/tokens/.well-known/openid-configuration", 200, null, configuration(base + "/tokens")
                .replace(base + "/tokens/token", base + "/tokens/redirecting"));
        serve("/tokens/redirecting", 307, base + "/tokens/token", "");
        serve("/tokens/token", 200, null, "{\"id_token\":\"" + token(claims("n-1"), key, "RS256") + "\"}");
        SingleSignOn tokens = new SingleSignOn(base + "/tokens", "safeguard-cases", "s3cret", "preferred_username");
        provider.check(tokens);
        assertThatThrownBy(() -> provider.claims(tokens, "code-1", "https://cases.example.org/sso", "verifier", "n-1"))
                .isInstanceOf(SingleSignOnRefused.class).hasMessageContaining("the token endpoint answered 307");
    }

    private String configuration(String issuer) {
        return Json.createObjectBuilder().add("issuer", issuer).add("authorization_endpoint", issuer + "/auth")
                .add("token_endpoint", issuer + "/token").add("jwks_uri", discovery.getString("jwks_uri")).build()
                .toString();
    }

    private void serve(String path, int status, String location, String text) {
        server.createContext(path, exchange -> {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
    }

    private void refused(String token, String nonce, String why) {
        assertThatThrownBy(() -> provider.verified(SETTINGS, discovery, token, nonce))
                .isInstanceOf(SingleSignOnRefused.class).hasMessageContaining(why);
    }

    private static String claims(String nonce) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + ISSUER + "\",\"sub\":\"abc\",\"aud\":\"safeguard-cases\",\"exp\":" + (now + 300)
                + ",\"iat\":" + now + ",\"nonce\":\"" + nonce + "\",\"preferred_username\":\"cwmtaf.officer\"}";
    }

    private static String token(String claims, KeyPair signer, String algorithm) throws Exception {
        String signed = base64(("{\"alg\":\"" + algorithm + "\",\"kid\":\"k1\"}").getBytes(StandardCharsets.UTF_8))
                + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(signer.getPrivate());
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + base64(signature.sign());
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String base64(BigInteger number) {
        byte[] bytes = number.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return base64(bytes);
    }
}
