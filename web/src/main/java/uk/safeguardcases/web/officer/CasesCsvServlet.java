package uk.safeguardcases.web.officer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.web.shell.CsvCells;
import uk.safeguardcases.web.shell.Language;

/**
 * Every case of the caller's board that the list's filter matches, as CSV, streamed while the database is
 * read. The address takes the same query string as {@code officer/cases.xhtml}; {@code /officer/*} is for
 * officers and senior managers only (web.xml), and the search itself is tenant-filtered.
 */
@WebServlet("/officer/cases.csv")
public class CasesCsvServlet extends HttpServlet {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter RAISED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private CaseSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tenant = CallerContext.currentTenantOrNull();
        if (tenant == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        CaseListQuery query = CaseListQuery.from(request::getParameter);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases-" + tenant + "-"
                + LocalDate.now(UK) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            Writer out = response.getWriter();
            // A byte-order mark, so that spreadsheets read the names' accents as UTF-8.
            out.write('\uFEFF');
            out.write(CsvCells.line(List.of(text("cases.column.reference"), text("cases.column.member"),
                    text("cases.column.organisation"), text("cases.column.source"), text("cases.column.step"),
                    text("cases.column.raised"), text("cases.column.raisedBy"))));
            search.forEach(query.filter(), query.sort(), c -> {
                try {
                    out.write(CsvCells.line(List.of(c.reference(), c.subjectName(), c.organisationName(), c.source(),
                            c.status(), RAISED.format(c.raisedAt().atZone(UK)), c.raisedBy())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (AccessRefusedException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String text(String key) {
        return Language.text("officer", key);
    }
}
