package uk.safeguardcases.web.hosting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.hosting.OperatorCallers;
import uk.safeguardcases.application.leaving.BoardLeaving;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;

/**
 * {@code /operator/leaving-export.zip?board=}: a board's whole record for the hosting operator when its contract ends,
 * streamed as it is read. Behind the operator's door ({@link OperatorDoor}); the service checks again.
 */
@WebServlet("/operator/leaving-export.zip")
public class OperatorLeavingExportServlet extends HttpServlet {

    @Inject
    private BoardLeaving leaving;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String board = request.getParameter("board");
        if (board == null || !board.matches("[a-z0-9-]{1,20}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String operator;
        try {
            operator = OperatorCallers.requireOperator();
        } catch (AccessRefusedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + board + "-whole-record-"
                + LocalDate.now(PlainFormat.UK) + ".zip\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            leaving.exportFor(board, operator, response.getOutputStream());
        } catch (NotFoundException | AccessRefusedException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(e instanceof NotFoundException ? 404 : 403);
            }
        }
    }
}
