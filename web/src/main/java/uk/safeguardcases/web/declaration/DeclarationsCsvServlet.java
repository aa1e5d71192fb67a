package uk.safeguardcases.web.declaration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.safeguardcases.application.declaration.DeclarationRecord;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.CsvCells;
import uk.safeguardcases.web.shell.CsvWords;

/**
 * The latest policy version's completion, one line per member asked (NSCB model policy 5.1) with what each member
 * typed when they signed, in the words of the page (UK local time), as CSV for the board's
 * administrators ({@code /admin/*} in web.xml, and the service checks again); each export is audited.
 */
@WebServlet("/admin/declarations.csv")
public class DeclarationsCsvServlet extends HttpServlet {

    private static final String BUNDLE = "declarations";

    @Inject
    private PolicyDeclarations declarations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<DeclarationRecord> records;
        try {
            records = declarations.exportCompletion();
        } catch (AccessRefusedException e) {
            response.sendError(403);
            return;
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"declarations.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        CsvWords words = CsvWords.forCaller();
        out.write(CsvCells.line(List.of(words.text(BUNDLE, "csv.name"), words.text(BUNDLE, "csv.username"),
                words.text(BUNDLE, "csv.organisation"), words.text(BUNDLE, "csv.manager"),
                words.text(BUNDLE, "csv.state"), words.timeHeader(BUNDLE, "csv.asked"),
                words.timeHeader(BUNDLE, "csv.declared"), words.text(BUNDLE, "csv.declaredName"),
                words.text(BUNDLE, "portal.jobTitle"), words.text(BUNDLE, "portal.department"),
                words.text(BUNDLE, "portal.contactNumber"), words.timeHeader(BUNDLE, "csv.countersigned"),
                words.text(BUNDLE, "csv.countersignedBy"), words.timeHeader(BUNDLE, "csv.firstReminder"),
                words.timeHeader(BUNDLE, "csv.secondReminder"), words.timeHeader(BUNDLE, "csv.escalated"))));
        for (DeclarationRecord r : records) {
            out.write(CsvCells.line(List.of(r.name(), r.username(), r.organisation(), r.manager(),
                    words.text(BUNDLE, "state." + r.status()), words.when(r.askedAt()), words.when(r.declaredAt()),
                    r.declaredName(), r.jobTitle(), r.department(), r.contactNumber(),
                    words.when(r.countersignedAt()), r.countersignedBy(), words.when(r.firstReminderAt()),
                    words.when(r.secondReminderAt()), words.when(r.escalatedAt()))));
        }
        out.flush();
    }
}
