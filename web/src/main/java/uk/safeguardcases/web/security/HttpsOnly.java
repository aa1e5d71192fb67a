package uk.safeguardcases.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * When the server is run for people ({@code safeguard.https.only}, set by the run command), a request over plain HTTP
 * is sent to the same address over HTTPS (308, which keeps the method) before anything else is done: before sign-in
 * and before any page, so no session cookie or password ever crosses plain HTTP. It is a hook of WildFly's web server
 * (an Undertow servlet extension) because a servlet filter runs only after the container has asked for a sign-in.
 */
public class HttpsOnly implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        if (!Boolean.getBoolean("safeguard.https.only")) {
            return;
        }
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            if (exchange.isSecure()) {
                next.handleRequest(exchange);
                return;
            }
            exchange.setStatusCode(308);
            exchange.getResponseHeaders().put(Headers.LOCATION, httpsAddress(exchange));
            exchange.endExchange();
        });
    }

    /** The same address on the server's HTTPS port (its socket binding plus the port offset). */
    static String httpsAddress(HttpServerExchange exchange) {
        int port = Integer.getInteger("jboss.https.port", 8443) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String query = exchange.getQueryString();
        return "https://" + exchange.getHostName() + (port == 443 ? "" : ":" + port) + exchange.getRequestURI()
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
