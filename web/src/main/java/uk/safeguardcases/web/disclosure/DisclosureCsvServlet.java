package uk.safeguardcases.web.disclosure;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.disclosure.DisclosureLog;
import uk.safeguardcases.web.shell.PdfDownload;

/** The disclosure log as CSV, {@code /disclosures/log.csv} with the page's {@code ?ref=}; audited by the service. */
@WebServlet("/disclosures/log.csv")
public class DisclosureCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisclosureLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ref = request.getParameter("ref");
        if (ref != null && ref.length() > 40) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        PdfDownload.send(response, "disclosure-log", "text/csv; charset=UTF-8", "csv", () -> log.csv(ref));
    }
}
