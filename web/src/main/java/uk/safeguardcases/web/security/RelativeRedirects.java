package uk.safeguardcases.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A redirect to a page of the product carries a relative address ({@code Location: /login.xhtml}), never one built
 * from the request's {@code Host} header. The container makes every {@code sendRedirect}, Faces' redirects and its own
 * (sign-in, welcome page) absolute with the Host the sender wrote, so {@code Host: evil.example} came back as
 * {@code Location: http://evil.example/login.xhtml}, which a shared cache could hand to other people. Just before an
 * answer's headers are sent, an address on the request's own host and port loses its scheme and host; the browser
 * resolves the rest against the address it actually asked for (RFC 9110 allows a relative Location), which is right
 * behind a balancer or a proxy too. Addresses elsewhere (a board's identity provider) and the HTTPS redirect, which
 * is built on the configured public address ({@link HttpsOnly}), are left as they are.
 */
public class RelativeRedirects implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(RelativeRedirects::beforeTheHeadersGo);
            next.handleRequest(exchange);
        });
    }

    private static void beforeTheHeadersGo(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        if (location == null) {
            return;
        }
        int localPort = exchange.getDestinationAddress() == null ? -1 : exchange.getDestinationAddress().getPort();
        String relative = relative(location, exchange.getRequestScheme(), exchange.getHostName(),
                exchange.getHostPort(), localPort);
        if (relative != null) {
            exchange.getResponseHeaders().put(Headers.LOCATION, relative);
        }
    }

    /**
     * {@code location} without its scheme and host when it points at the request's own scheme, {@code host} (the name
     * the request gave) and port ({@code hostPort} as the request gave it, or {@code localPort} where it arrived);
     * null otherwise (another site, or this one over another scheme, as the HTTPS redirect is).
     * The path keeps a single leading slash, so it can never read as another host ({@code //evil.example}).
     */
    static String relative(String location, String scheme, String host, int hostPort, int localPort) {
        URI uri;
        try {
            uri = new URI(location.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        if (!uri.isAbsolute() || !uri.getScheme().equalsIgnoreCase(scheme) || uri.getHost() == null || host == null
                || !uri.getHost().equalsIgnoreCase(host)) {
            return null;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        if (port != hostPort && port != localPort) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = "/" + path.replaceFirst("^/+", "");
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
