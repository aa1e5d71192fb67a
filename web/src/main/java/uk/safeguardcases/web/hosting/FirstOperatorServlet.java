package uk.safeguardcases.web.hosting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.hosting.HostOperators;

/**
 * The install's one way in ({@code ops/operator.sh first}): {@code POST /hosting/first-operator} with
 * {@code username}, {@code name} and {@code email} makes the first hosting operator and answers, in plain text, their
 * one-time enrolment link (good for a day). Only from the node's own machine, never through a proxy (a request
 * carrying {@code X-Forwarded-For} or {@code Forwarded}), and only while no operator exists; anything else is a 404,
 * as for an address that does not exist. The operators add each other on their own page after that.
 */
@WebServlet(urlPatterns = "/hosting/first-operator")
public class FirstOperatorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FirstOperatorServlet.class.getName());

    @Inject
    private HostOperators operators;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean fromThisHost = request.getRemoteAddr() != null && request.getRemoteAddr().equals(request.getLocalAddr())
                && request.getHeader("X-Forwarded-For") == null && request.getHeader("Forwarded") == null;
        if (!fromThisHost || !"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> token;
        try {
            token = operators.first(request.getParameter("username"), request.getParameter("name"),
                    request.getParameter("email"));
        } catch (InvalidInputException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, String.join("\n", e.fieldMessages().values()));
            return;
        }
        if (token.isEmpty()) {
            answer(response, HttpServletResponse.SC_CONFLICT, "There is already a hosting operator: the first one"
                    + " is made once. An operator adds the others on the operators' page (/operator/boards.xhtml).");
            return;
        }
        LOG.info("The first hosting operator was made from this machine; their enrolment link was handed back");
        answer(response, HttpServletResponse.SC_CREATED, "The first hosting operator is made. Open this link within"
                + " 24 hours, once, to choose the password and set up the authenticator app:\n"
                + PublicAddress.base() + "/operator/enrol.xhtml?token=" + token.get());
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
