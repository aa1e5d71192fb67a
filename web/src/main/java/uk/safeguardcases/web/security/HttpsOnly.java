package uk.safeguardcases.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import uk.safeguardcases.application.PublicAddress;

/**
 * When the server is run for people ({@code safeguard.https.only}, set by the run command), a request over plain HTTP
 * is sent to the same page on the product's public HTTPS address (308, which keeps the method; never to the Host the
 * request named) before anything else is done: before sign-in and before any page, so no session cookie or password
 * ever crosses plain HTTP. It is a hook of WildFly's web server
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
            String contextPath = deployment.getContextPath() == null ? "" : deployment.getContextPath();
            exchange.getResponseHeaders().put(Headers.LOCATION, httpsAddress(exchange, contextPath));
            exchange.endExchange();
        });
    }

    /**
     * The same page on the product's public HTTPS address ({@link PublicAddress}), never on the request's Host: the
     * configured address when it is an HTTPS one, else this server's own HTTPS listener on the loopback name.
     */
    static String httpsAddress(HttpServerExchange exchange, String contextPath) {
        String base = PublicAddress.configured().filter(address -> address.startsWith("https://"))
                .orElseGet(PublicAddress::loopbackDefault);
        String path = exchange.getRequestURI();
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        String query = exchange.getQueryString();
        return base + "/" + path.replaceFirst("^/+", "") + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
