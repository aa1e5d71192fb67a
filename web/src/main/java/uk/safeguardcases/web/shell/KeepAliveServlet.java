package uk.safeguardcases.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Stay signed in" on the idle warning: a request that does nothing but count as activity, so the session starts its
 * 30 minutes again. 204 while signed in, 401 once the session has ended.
 */
@WebServlet("/keep-alive")
public class KeepAliveServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(request.getUserPrincipal() == null ? 401 : 204);
    }
}
