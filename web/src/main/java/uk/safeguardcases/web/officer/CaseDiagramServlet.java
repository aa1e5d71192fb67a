package uk.safeguardcases.web.officer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.tenancy.NotFoundException;

/** The BPMN XML of a case's process, for the diagram on the case page (officers and seniors, by web.xml). */
@WebServlet("/officer/case-diagram")
public class CaseDiagramServlet extends HttpServlet {

    @Inject
    private CaseFileService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String xml;
        try {
            xml = files.diagramOf(request.getParameter("ref"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    }
}
