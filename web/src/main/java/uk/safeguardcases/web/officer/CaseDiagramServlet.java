package uk.safeguardcases.web.officer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CasePath;
import uk.safeguardcases.application.tenancy.NotFoundException;

/**
 * The BPMN XML of a case's process, for the diagram on the case page (officers and seniors, by web.xml); with
 * {@code path}, the way the case has gone through it as JSON: {@code {"taken":[ids in order],"active":[ids],
 * "ended":true|false}}.
 */
@WebServlet("/officer/case-diagram")
public class CaseDiagramServlet extends HttpServlet {

    @Inject
    private CaseFileService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body;
        try {
            body = request.getParameter("path") != null ? json(files.pathOf(request.getParameter("ref")))
                    : files.diagramOf(request.getParameter("ref"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(request.getParameter("path") != null ? "application/json" : "application/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(CasePath path) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        JsonArrayBuilder taken = Json.createArrayBuilder();
        path.taken().forEach(taken::add);
        JsonArrayBuilder active = Json.createArrayBuilder();
        path.active().forEach(active::add);
        return json.add("taken", taken).add("active", active).add("ended", path.ended()).build().toString();
    }
}
