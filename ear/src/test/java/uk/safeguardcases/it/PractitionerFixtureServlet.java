package uk.safeguardcases.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * Test deployments only: {@code GET /test-fixtures/practitioner-raised?ref=…&at=2026-08-28T18:30} moves when a case
 * was raised (UK time), so a browser test can show the designated person's deadline over a bank holiday. Answers
 * only the machine itself.
 */
@WebServlet("/test-fixtures/practitioner-raised")
public class PractitionerFixtureServlet extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr()) && !"0:0:0:0:0:0:0:1".equals(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LocalDateTime at = LocalDateTime.parse(request.getParameter("at"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update safeguarding_case set raised_at = ? where reference = ?")) {
            statement.setObject(1, at.atZone(ZoneId.of("Europe/London")).toOffsetDateTime());
            statement.setString(2, request.getParameter("ref"));
            if (statement.executeUpdate() != 1) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write("moved");
    }
}
