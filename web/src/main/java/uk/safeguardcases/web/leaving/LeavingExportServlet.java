package uk.safeguardcases.web.leaving;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.leaving.BoardLeaving;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * {@code /admin/leaving-export.zip}: the caller's board's whole record, streamed as it is read (a board can be large),
 * for its administrators ({@code /admin/*} in web.xml; the service checks again). Its own board only: nothing in the
 * request names a board.
 */
@WebServlet("/admin/leaving-export.zip")
public class LeavingExportServlet extends HttpServlet {

    @Inject
    private BoardLeaving leaving;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String board = CallerContext.currentTenantOrNull();
        if (board == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + board.replaceAll("[^A-Za-z0-9-]", "_")
                + "-whole-record-" + LocalDate.now(PlainFormat.UK) + ".zip\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            leaving.export(response.getOutputStream());
        } catch (AccessRefusedException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }
}
