package uk.safeguardcases.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import uk.safeguardcases.application.hosting.HostedBoards;
import uk.safeguardcases.application.hosting.NewBoard;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Test deployments only (browser tests): {@code GET /test-fixtures/hosting/invited} has the hosting operator create a
 * bilingual board and invite its administrator, as the operator's pages do, and answers the administrator's user name
 * and the Welsh letter's link (path and query), one per line, from the invitation as the outbox holds it. Answers the
 * machine itself only.
 */
@WebServlet("/test-fixtures/hosting/*")
public class HostingFixtureServlet extends HttpServlet {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/(invitation\\.xhtml\\?token=[A-Za-z0-9_-]+"
            + "&lang=cy)");

    @Inject
    private HostedBoards boards;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr()) && !"0:0:0:0:0:0:0:1".equals(request.getRemoteAddr())
                || !"/invited".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String code = "w" + suffix;
        String username = code + ".gweinyddwr";
        CallerContext.runAs(Operators.OPERATOR, () -> {
            boards.create(new NewBoard(code, "W" + suffix.substring(0, 6).toUpperCase(), "Gwent Board " + suffix,
                    "Gwent " + suffix, "Staff social media policy", true, "Bwrdd Gwent ŵ ŷ " + suffix,
                    "Polisi cyfryngau cymdeithasol staff", List.of(new NewBoard.Organisation("Heddlu Gwent",
                            "POLICE", "ad@heddlu-gwent.example", "Heddlu Gwent"))));
            boards.inviteAdministrator(code, username, "Siân Ŵyn-Prŷs", "sian@" + code + ".example");
        });
        String letter;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select body from outbox_message"
                        + " where tenant_id = ? and kind = 'ADMINISTRATOR_INVITATION'")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                letter = rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        Matcher link = LINK.matcher(letter);
        if (!link.find()) {
            throw new IllegalStateException("No Welsh link in the invitation");
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(username + "\n" + link.group(1) + "\n");
    }
}
