package uk.safeguardcases.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.safeguardcases.application.declaration.DeclarationRecord;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.web.shell.CsvCells;
import uk.safeguardcases.web.shell.Language;

/**
 * The latest policy version's completion, one line per member asked (NSCB model policy 5.1), as CSV for the board's
 * administrators ({@code /admin/*} in web.xml, and the service checks again); each export is audited.
 */
@WebServlet("/admin/declarations.csv")
public class DeclarationsCsvServlet extends HttpServlet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/London"));

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
        out.write(CsvCells.line(List.of(text("csv.name"), text("csv.username"), text("csv.organisation"),
                text("csv.manager"), text("csv.state"), text("csv.asked"), text("csv.declared"),
                text("csv.countersigned"), text("csv.firstReminder"), text("csv.secondReminder"),
                text("csv.escalated"))));
        for (DeclarationRecord r : records) {
            out.write(CsvCells.line(List.of(r.name(), r.username(), r.organisation(), r.manager(),
                    text("state." + r.status()), when(r.askedAt()), when(r.declaredAt()), when(r.countersignedAt()),
                    when(r.firstReminderAt()), when(r.secondReminderAt()), when(r.escalatedAt()))));
        }
        out.flush();
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static String text(String key) {
        return Language.text("declarations", key);
    }
}
