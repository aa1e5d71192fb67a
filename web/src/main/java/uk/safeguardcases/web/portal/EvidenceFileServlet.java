package uk.safeguardcases.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceShownToMember;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.FileType;

/**
 * A file of the evidence shown to the member ({@code /portal/evidence-file?request=&evidence=}), for the member
 * of the case only (web.xml lets only members into /portal): any other request or evidence is "not found".
 * Always a download named from its checked type (never the uploader's name or extension), sandboxed, never
 * shown in the product's own pages.
 */
@WebServlet("/portal/evidence-file")
public class EvidenceFileServlet extends HttpServlet {

    @Inject
    private MemberRequests requests;

    @Inject
    private EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest httpRequest, HttpServletResponse response) throws IOException {
        try {
            MemberRequestView request = requests.mine(Long.parseLong(httpRequest.getParameter("request")));
            long evidenceId = Long.parseLong(httpRequest.getParameter("evidence"));
            EvidenceShownToMember shown = evidence.evidenceShownToMember(request.caseReference()).stream()
                    .filter(e -> e.id() == evidenceId && e.hasFile()).findFirst()
                    .orElseThrow(() -> new NotFoundException(Texts.text("notFound.evidenceFileForYou",
                            String.valueOf(evidenceId), request.caseReference())));
            byte[] content = evidence.fileShownToMember(request.caseReference(), evidenceId);
            response.setContentType(shown.contentType());
            response.setContentLength(content.length);
            response.setHeader("Content-Disposition", "attachment; filename=\""
                    + FileType.evidenceFileName(evidenceId, shown.contentType()) + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "sandbox");
            response.setHeader("Cache-Control", "private, no-store");
            response.getOutputStream().write(content);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
