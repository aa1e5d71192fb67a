package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The product as the run command serves it ({@code safeguard.https.only}): HTTPS on WildFly's own listener with a
 * self-signed certificate, plain HTTP sent there before anything is done, HSTS, and cookies that only travel over
 * HTTPS. Signing in works there from start to finish.
 */
class HttpsIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Test
    void plainHttpIsSentToHttpsWhereEveryCookieIsSecureAndTheBrowserIsToldToStay() throws Exception {
        TestDatabase database = TestDatabase.fresh("https");
        Map<String, String> properties = new java.util.LinkedHashMap<>(database.serverProperties());
        properties.put("safeguard.https.only", "true");
        try (StandaloneServer server = new StandaloneServer("https", 450, properties)) {
            server.start();
            HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            for (String method : List.of("GET", "POST")) {
                HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(server.uri()
                        .resolve("officer/cases.xhtml?status=open&q=Gw%C5%B5n")).method(method,
                                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(308, answer.statusCode(), method);
                assertEquals(server.httpsUri().resolve("officer/cases.xhtml?status=open&q=Gw%C5%B5n").toString(),
                        answer.headers().firstValue("Location").orElse(""), method);
                assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session over plain HTTP");
            }

            Browser browser = Browser.trustingAnyCertificate(server.httpsUri());
            HttpResponse<String> login = browser.request("GET", "login.xhtml", Map.of(), null);
            assertEquals(200, login.statusCode());
            assertEquals("max-age=31536000", login.headers().firstValue("Strict-Transport-Security").orElse(""));
            String cookie = login.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.startsWith("JSESSIONID=") && cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure")
                    && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

            Browser.Page in = browser.signIn("nscb.officer", PASSWORD);
            assertTrue(in.uri().equals(server.httpsUri().resolve("officer/dashboard.xhtml").toString()), in.uri());
            assertEquals(200, in.status());
            HttpResponse<String> api = browser.request("GET", "api/cases", Map.of("Accept", "application/json"), null);
            assertEquals(200, api.statusCode(), api.body());
            assertEquals("max-age=31536000", api.headers().firstValue("Strict-Transport-Security").orElse(""));
        }
    }

}
