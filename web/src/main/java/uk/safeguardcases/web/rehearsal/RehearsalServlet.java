package uk.safeguardcases.web.rehearsal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.stuckwork.StuckWorkRehearsals;

/**
 * The operator's drill of stuck work ({@code ops/rehearse-stuck-work.sh}): {@code POST /rehearsal/<what>?board=<id>},
 * where what is {@code stuck-step}, {@code mend} or {@code given-up-mail}. Only on a rehearsal node
 * ({@code -Dsafeguard.rehearsal=true}) and only from the node's own machine; anything else, at any time, is a 404 as
 * for an address that does not exist. Answers in plain text what it did and what to watch.
 */
@WebServlet(urlPatterns = "/rehearsal/*")
public class RehearsalServlet extends HttpServlet {

    private static final Pattern BOARD = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Inject
    private StuckWorkRehearsals rehearsal;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String board = request.getParameter("board");
        boolean fromThisHost = request.getRemoteAddr() != null && request.getRemoteAddr().equals(request.getLocalAddr());
        if (!rehearsal.enabled() || !fromThisHost || !"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (board == null || !BOARD.matcher(board).matches()) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "Name the board by its id: board=chscb, for example");
            return;
        }
        try {
            String done = switch (what) {
                case "stuck-step" -> rehearsal.stuckStep(board);
                case "mend" -> rehearsal.mend(board);
                case "given-up-mail" -> rehearsal.givenUpMail(board);
                default -> null;
            };
            if (done == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            answer(response, HttpServletResponse.SC_OK, done);
        } catch (NotFoundException e) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println(text);
    }
}
