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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.CsvCells;
import uk.safeguardcases.web.shell.CsvWords;

/**
 * Every case of the caller's board that the list's filter matches, as CSV, streamed while the database is
 * read, in the words of the page (names, not logins; UK local time). The address takes the same query string as {@code officer/cases.xhtml}; {@code /officer/*} is for
 * officers and senior managers only (web.xml), and the search itself is tenant-filtered.
 */
@WebServlet("/officer/cases.csv")
public class CasesCsvServlet extends HttpServlet {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String BUNDLE = "officer";

    @Inject
    private CaseSearch search;

    @Inject
    private PeopleNames names;

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
            CsvWords words = CsvWords.forCaller();
            out.write(CsvCells.line(List.of(words.text(BUNDLE, "cases.column.reference"),
                    words.text(BUNDLE, "cases.column.member"), words.text(BUNDLE, "cases.column.organisation"),
                    words.text(BUNDLE, "cases.column.source"), words.text(BUNDLE, "cases.column.step"),
                    words.timeHeader(BUNDLE, "cases.column.raised"), words.text(BUNDLE, "cases.column.raisedBy"))));
            Map<String, String> raisers = new HashMap<>();
            search.forEach(query.filter(), query.sort(), c -> {
                try {
                    String raisedBy = c.raisedBy() == null ? "" : raisers.computeIfAbsent(c.raisedBy(),
                            login -> names.of(login).displayName());
                    out.write(CsvCells.line(List.of(c.reference(), c.subjectName(), c.organisationName(),
                            words.of(c.sourceValue()), words.of(c.statusValue()), words.when(c.raisedAt()),
                            raisedBy)));
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
}
