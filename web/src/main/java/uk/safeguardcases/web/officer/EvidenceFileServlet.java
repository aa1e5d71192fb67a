package uk.safeguardcases.web.officer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.FileType;

/**
 * A file kept as evidence, downloaded by an officer or senior of the case's board (web.xml). Always as an
 * attachment with its checked type, an extension from that type and no sniffing, sandboxed, so a file never
 * runs as a page of the product nor as a program on the officer's computer.
 */
@WebServlet("/officer/evidence-file")
public class EvidenceFileServlet extends HttpServlet {

    @Inject
    private EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceView item;
        byte[] content;
        try {
            item = evidence.evidenceOf(reference).stream().filter(e -> e.id() == id && e.hasFile()).findFirst()
                    .orElseThrow(() -> new NotFoundException(Texts.text("notFound.evidenceFile", String.valueOf(id),
                            reference)));
            content = evidence.fileOf(reference, id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(item.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + FileType.evidenceFileName(id, item.contentType()) + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
