package uk.safeguardcases.web.search;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.safeguardcases.application.CsvCells;
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.SearchRegister;
import uk.safeguardcases.application.search.RegisterFilter;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.web.shell.CsvWords;

/**
 * The search register for inspection, as CSV or PDF (filtered as the page was), and one search's log as a PDF: for
 * the board's officers and seniors ({@code /officer/*} in web.xml; the service checks again). Each export is audited.
 */
@WebServlet({"/officer/searches.csv", "/officer/searches.pdf", "/officer/search-log.pdf"})
public class SearchExportServlet extends HttpServlet {

    private static final String BUNDLE = "searches";

    @Inject
    private SearchRegister searches;

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
                content = csv(searches.registerForExport(filter(request)), CsvWords.forCaller());
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

    /** The register in the page's words (RFC 4180, cells a spreadsheet opens as text), UK local time. */
    static byte[] csv(List<ChildSearchView> rows, CsvWords words) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.line(List.of(words.text(BUNDLE, "reference"), words.text(BUNDLE, "csv.childReference"),
                words.text(BUNDLE, "csv.agencyCaseNumber"), words.timeHeader(BUNDLE, "requested"),
                words.text(BUNDLE, "csv.requestedBy"), words.text(BUNDLE, "csv.platforms"),
                words.text(BUNDLE, "state"), words.text(BUNDLE, "decided"), words.timeHeader(BUNDLE, "csv.decidedAt"),
                words.text(BUNDLE, "reason"), words.text(BUNDLE, "authorisedPlatforms"), words.text(BUNDLE, "scope"),
                words.timeHeader(BUNDLE, "csv.authorisedUntil"), words.text(BUNDLE, "searchesLogged"),
                words.timeHeader(BUNDLE, "windowEnded"), words.text(BUNDLE, "outcome"),
                words.text(BUNDLE, "csv.outcomeReference"), words.timeHeader(BUNDLE, "csv.closed"),
                words.text(BUNDLE, "keepUntil"))));
        for (ChildSearchView v : rows) {
            String windowEnded = v.windowEndedAt() == null ? "" : words.when(v.windowEndedAt()) + " ("
                    + words.text(BUNDLE, v.windowExpired() ? "windowEnded.expired" : "windowEnded.finished") + ")";
            csv.append(CsvCells.line(List.of(v.reference(), v.childReference(), v.agencyCaseNumber(),
                    words.when(v.requestedAt()), v.requestedBy(), nonNull(v.platforms()),
                    words.text(BUNDLE, "status." + v.status().name()), nonNull(v.decidedBy()),
                    words.when(v.decidedAt()), nonNull(v.decisionReason()), nonNull(v.authorisedPlatforms()),
                    nonNull(v.authorisedScope()), words.when(v.authorisedUntil()), String.valueOf(v.searchesLogged()),
                    windowEnded, v.outcome() == null ? "" : words.text(BUNDLE, "outcome." + v.outcome().name()),
                    nonNull(v.outcomeReference()), words.when(v.closedAt()), words.day(v.keepUntil()))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
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
