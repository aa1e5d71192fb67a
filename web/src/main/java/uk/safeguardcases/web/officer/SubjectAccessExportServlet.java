package uk.safeguardcases.web.officer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.web.shell.PdfDownload;

/**
 * A subject access request's answer exactly as it was given: the kept ZIP (its PDF and JSON), for the board's
 * officers and seniors ({@code /officer/*} in web.xml; the service checks the role and the board again).
 */
@WebServlet({SubjectAccessExportServlet.PATH, SubjectAccessExportServlet.DRAFT})
public class SubjectAccessExportServlet extends HttpServlet {

    static final String PATH = "/officer/subject-access-export";
    /** The answer as it would be made now, every page of its PDF marked as a draft; nothing is kept. */
    static final String DRAFT = "/officer/subject-access-draft";

    @Inject
    private SubjectAccessRequests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        if (reference == null || reference.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (DRAFT.equals(request.getServletPath())) {
            PdfDownload.send(response, "subject-access-" + reference + "-draft", "application/zip", "zip",
                    () -> requests.draft(reference));
        } else {
            PdfDownload.send(response, "subject-access-" + reference, "application/zip", "zip",
                    () -> requests.export(reference));
        }
    }
}
