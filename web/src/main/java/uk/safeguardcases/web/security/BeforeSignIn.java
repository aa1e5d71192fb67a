package uk.safeguardcases.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;

/**
 * What every path refuses before the sign-in, whoever asks, with the headers every answer carries: a method the path
 * does not take, and a body over {@link SecurityHeadersFilter#BODY_LIMIT}. A hook of WildFly's web server (an Undertow
 * servlet extension), since a servlet filter runs only after the sign-in, which would read the body or send a
 * made-up method on to a page.
 *
 * <p><b>Methods.</b> A page, servlet or download takes GET, HEAD, POST, PUT, DELETE and OPTIONS (PUT and DELETE are
 * the servlets' own to refuse, as they do), the API those and PATCH. Any other (TRACE, which would echo the request,
 * WebDAV's PROPFIND or LOCK, CONNECT, made-up ones) is a 405 with the path's {@code Allow}: the servlets answered 501,
 * and a page another role may see answered a 400 from its error page, which Faces cannot draw for such a method.
 *
 * <p><b>Bodies.</b> The limit is set here on each request rather than as Undertow's {@code max-post-size} (which
 * configure.cli leaves unlimited): over HTTP/1.1 Undertow refuses a body declared larger than that with a bare 400
 * while it reads the request's head, before any of the product runs (over HTTP/2 only on reading, so that got the
 * 413). A body declared too large is a 413 with its message here: on a signed-in page, with nobody signed in, Jakarta
 * Security read the whole body to keep the request for after the sign-in, and the read (or the sender's hang-up) was
 * logged as an ERROR with a stack trace. The public pages a process opens ({@code ProcessPages.publicPages()}), which
 * nobody signs in to, are left to the filter, which answers with their own page in the board's languages. A body sent in chunks (no length declared) that turns
 * out too large while anything reads it gets the same 413 when nothing has been sent yet, and one line in the log,
 * never a stack trace.
 */
public class BeforeSignIn implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(BeforeSignIn.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            if (exchange.isRequestChannelAvailable()) {
                exchange.setMaxEntitySize(SecurityHeadersFilter.BODY_LIMIT);
            }
            next.handleRequest(exchange);
        });
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            HttpServletRequest request = (HttpServletRequest) servlet.getServletRequest();
            HttpServletResponse response = (HttpServletResponse) servlet.getServletResponse();
            String allow = SecurityHeadersFilter.allowed(request);
            if (allow != null) {
                SecurityHeadersFilter.securityHeaders(request, response);
                response.setHeader("Allow", allow);
                response.sendError(405);
                return;
            }
            if (exchange.getRequestContentLength() > SecurityHeadersFilter.BODY_LIMIT
                    && !SecurityHeadersFilter.isPublicPage(request)) {
                tooLarge(request, response);
                return;
            }
            try {
                next.handleRequest(exchange);
            } catch (Exception e) {
                if (!SecurityHeadersFilter.tooBig(e)) {
                    throw e;
                }
                if (!response.isCommitted()) {
                    tooLarge(request, response);
                } else {
                    // Over HTTP/1.1 Undertow closes the connection of a chunked body that passes the limit, so
                    // no answer can go; it is the sender's doing, not an error of the server's.
                    LOG.info(() -> "A body sent in chunks to " + request.getRequestURI() + " went over "
                            + SecurityHeadersFilter.BODY_LIMIT + " bytes: the connection was closed");
                }
            }
        });
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws Exception {
        SecurityHeadersFilter.securityHeaders(request, response);
        SecurityHeadersFilter.tooLarge(request, response, SecurityHeadersFilter.isApi(request));
    }
}
