package uk.safeguardcases.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.audit.ReadLine;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.people.PersonName;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.CsvCells;
import uk.safeguardcases.web.shell.Contributions;
import uk.safeguardcases.web.shell.CsvWords;
import uk.safeguardcases.web.shell.Labels;

/**
 * Who read what, as CSV, in the words of the page (the reader's name, UK local time): {@code ?case=<reference>}
 * for one case, {@code ?reader=<user name>} for one person. Board administrators only ({@code /admin/*} in web.xml,
 * and the service checks again); another board's case is not found.
 */
@WebServlet("/admin/reads.csv")
public class ReadsCsvServlet extends HttpServlet {

    private static final String BUNDLE = "accounts";

    @Inject
    private Contributions contributions;

    @Inject
    private ReadAudit reads;

    @Inject
    private PeopleNames names;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("case");
        String reader = request.getParameter("reader");
        List<ReadLine> lines;
        try {
            if (reference != null && !reference.isBlank()) {
                lines = reads.ofCase(reference.strip());
            } else if (reader != null && !reader.isBlank()) {
                lines = reads.ofReader(reader.strip());
            } else {
                response.sendError(400, "Say which case (?case=) or which person (?reader=).");
                return;
            }
        } catch (NotFoundException e) {
            response.sendError(404);
            return;
        } catch (AccessRefusedException e) {
            response.sendError(403);
            return;
        }
        String name = reference != null && !reference.isBlank() ? reference.strip() : reader.strip();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reads-"
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        CsvWords words = CsvWords.forCaller();
        out.write(CsvCells.line(List.of(words.timeHeader(BUNDLE, "reads.when"), words.text(BUNDLE, "reads.reader"),
                words.text(BUNDLE, "reads.what"), words.text(BUNDLE, "reads.case"), words.text(BUNDLE, "reads.item"))));
        Map<String, PersonName> readers = names.of(lines.stream().map(ReadLine::reader).distinct().toList());
        for (ReadLine line : lines) {
            PersonName who = readers.get(line.reader());
            out.write(CsvCells.line(List.of(words.when(line.readAt()),
                    who == null ? "" : who.displayName(), what(words, line),
                    line.caseReference() == null ? "" : line.caseReference(),
                    line.itemId() == null ? "" : line.itemId().toString())));
        }
        out.flush();
    }

    /** What was read, worded by the bundle that has its words (the shell's, or its process's). */
    private String what(CsvWords words, ReadLine line) {
        String key = Labels.readingKey(line.what());
        String bundle = contributions.bundleHaving(key);
        return bundle == null ? line.what().label() : words.text(bundle, key);
    }
}
