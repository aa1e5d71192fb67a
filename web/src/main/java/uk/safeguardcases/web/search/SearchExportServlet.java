package uk.safeguardcases.web.search;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.safeguardcases.application.search.ChildSearches;
import uk.safeguardcases.application.search.RegisterFilter;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchStatus;

/**
 * The search register for inspection, as CSV or PDF (filtered as the page was), and one search's log as a PDF: for
 * the board's officers and seniors ({@code /officer/*} in web.xml; the service checks again). Each export is audited.
 */
@WebServlet({"/officer/searches.csv", "/officer/searches.pdf", "/officer/search-log.pdf"})
public class SearchExportServlet extends HttpServlet {

    @Inject
    private ChildSearches searches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        byte[] content;
        String type;
        String name;
        try {
            if (path.endsWith("search-log.pdf")) {
                String ref = request.getParameter("ref");
                content = searches.logPdf(ref);
                type = "application/pdf";
                name = "search-" + (ref == null ? "" : ref.replaceAll("[^A-Za-z0-9-]", "")) + ".pdf";
            } else if (path.endsWith(".csv")) {
                content = searches.registerCsv(filter(request));
                type = "text/csv; charset=UTF-8";
                name = "search-register.csv";
            } else {
                content = searches.registerPdf(filter(request));
                type = "application/pdf";
                name = "search-register.pdf";
            }
        } catch (AccessRefusedException e) {
            response.sendError(403);
            return;
        } catch (NotFoundException e) {
            response.sendError(404);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static RegisterFilter filter(HttpServletRequest request) {
        return new RegisterFilter(value(ChildSearchStatus.class, request.getParameter("status")),
                value(Platform.class, request.getParameter("platform")), date(request.getParameter("from")),
                date(request.getParameter("to")));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
