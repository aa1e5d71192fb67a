package uk.safeguardcases.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import uk.safeguardcases.application.webhook.WebhookReceivers;
import uk.safeguardcases.application.webhook.WebhookWords;
import uk.safeguardcases.infrastructure.net.PrivateNetworks;

/**
 * Delivers over HTTPS with the JDK's client: connects within 5 seconds, waits 10 for the answer, follows no
 * redirect (one could lead to the server's own network). An address must be {@code https://host/…} on a public
 * address: an administrator types it, so otherwise they could make the server post to its own network. An operator
 * whose receivers are on the organisation's own network allows private addresses
 * ({@code -Dsafeguard.webhooks.private-addresses=allow}, or {@code SAFEGUARD_WEBHOOKS_PRIVATE_ADDRESSES=allow}), as
 * for the sign-in provider's; only then may a receiver be on plain HTTP too, and only on such an address. The rule is
 * checked when the address is given and again before each try (a name may come to point elsewhere).
 */
@ApplicationScoped
public class HttpWebhookReceivers implements WebhookReceivers {

    static final String SETTING = "safeguard.webhooks.private-addresses";
    static final String VARIABLE = "SAFEGUARD_WEBHOOKS_PRIVATE_ADDRESSES";
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public void check(String address) throws AddressRefused {
        checked(address, privateAllowed());
    }

    static URI checked(String address, boolean privateAllowed) throws AddressRefused {
        URI uri;
        try {
            uri = new URI(address);
        } catch (java.net.URISyntaxException e) {
            throw new AddressRefused(WebhookWords.text("address.invalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null
                || uri.getFragment() != null) {
            throw new AddressRefused(WebhookWords.text("address.invalid"));
        }
        boolean internal = false;
        try {
            for (InetAddress resolved : InetAddress.getAllByName(uri.getHost())) {
                internal |= PrivateNetworks.isPrivate(resolved);
            }
        } catch (UnknownHostException e) {
            throw new AddressRefused(WebhookWords.text("address.unknownHost", uri.getHost()));
        }
        if (internal && !privateAllowed) {
            throw new AddressRefused(WebhookWords.text("address.private", uri.getHost()));
        }
        if (scheme.equals("http") && !internal) {
            throw new AddressRefused(WebhookWords.text("address.notHttps"));
        }
        return uri;
    }

    static boolean privateAllowed() {
        String value = System.getProperty(SETTING, System.getenv(VARIABLE));
        return "allow".equalsIgnoreCase(value == null ? "" : value.strip());
    }

    @Override
    public Answer post(String address, String messageId, long timestampSeconds, String body, String signature) {
        URI uri;
        try {
            uri = checked(address, privateAllowed());
        } catch (AddressRefused e) {
            return new Answer(null, "Not tried: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER)
                .header("Content-Type", "application/json")
                .header("User-Agent", "SafeguardCases-Webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestampSeconds))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Answer(status, null)
                    : new Answer(status, "The receiver answered HTTP " + status + ".");
        } catch (HttpTimeoutException e) {
            return new Answer(null, "The receiver did not answer in time (" + e.getClass().getSimpleName() + ").");
        } catch (IOException e) {
            return new Answer(null, "The receiver could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "Interrupted before the receiver answered.");
        }
    }
}
