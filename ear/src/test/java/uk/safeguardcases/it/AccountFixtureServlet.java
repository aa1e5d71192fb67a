package uk.safeguardcases.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.domain.people.Role;

/**
 * Test deployments only (browser tests): {@code GET /test-fixtures/account/person?board=chscb&name=…} adds an officer
 * of the board with the demo password, as its administrator would, and answers the user name;
 * {@code GET /test-fixtures/account/sso?board=…&issuer=…&client=…&secret=…} points a board at an identity provider, and
 * {@code GET /test-fixtures/account/service-account?board=chscb} makes a service account for the organisation of the
 * board's HR partner and answers its key;
 * {@code GET /test-fixtures/account/board?like=lscb} makes a board of the test's own like a demo board
 * ({@link TestBoard}) and answers its id (with {@code &welshOrganisationNames=none}, one that gave its organisations no
 * Welsh names); {@code GET /test-fixtures/account/idle?seconds=20} makes the calling browser's session end after that many idle
 * seconds, so the idle warning can be seen without waiting half an hour; {@code GET /test-fixtures/account/operator}
 * makes an enrolled hosting operator with the demo password and answers "user name, space, authenticator secret".
 * Answers the machine itself only.
 */
@WebServlet("/test-fixtures/account/*")
public class AccountFixtureServlet extends HttpServlet {

    @Inject
    private PeopleAdministration people;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr()) && !"0:0:0:0:0:0:0:1".equals(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String answer;
        if ("/person".equals(request.getPathInfo())) {
            String board = request.getParameter("board");
            String username = board + ".browser." + UUID.randomUUID().toString().substring(0, 8);
            CaseFixtures.as(board + ".admin", () -> people.add(username, request.getParameter("name"),
                    username + "@example.org", EnumSet.of(request.getParameter("role") == null ? Role.OFFICER
                            : Role.valueOf(request.getParameter("role"))), null, CaseFixtures.PASSWORD.toCharArray()));
            answer = username;
        } else if ("/board".equals(request.getPathInfo())) {
            TestBoard board = TestBoard.like(request.getParameter("like"));
            if ("none".equals(request.getParameter("welshOrganisationNames"))) {
                board.withoutWelshOrganisationNames();
            }
            answer = board.id();
        } else if ("/sso".equals(request.getPathInfo())) {
            String board = request.getParameter("board");
            CaseFixtures.as(board + ".admin", () -> CaseFixtures.bean(
                    uk.safeguardcases.application.administration.SingleSignOnAdministration.class).use(
                    request.getParameter("issuer"), request.getParameter("client"), request.getParameter("secret"),
                    "preferred_username"));
            answer = "ok";
        } else if ("/service-account".equals(request.getPathInfo())) {
            String board = request.getParameter("board");
            long organisation = CaseFixtures.caller(board + ".hr").organisationId(); // the HR partner's organisation
            answer = CaseFixtures.as(board + ".admin", () -> CaseFixtures.bean(
                    uk.safeguardcases.application.api.ApiKeyService.class).createServiceAccount("HR system",
                    organisation).key());
        } else if ("/operator".equals(request.getPathInfo())) {
            String username = "op" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            uk.safeguardcases.application.hosting.HostOperators operators = CaseFixtures.bean(
                    uk.safeguardcases.application.hosting.HostOperators.class);
            String token = uk.safeguardcases.application.tenancy.CallerContext.runAs(Operators.OPERATOR,
                    () -> operators.add(username, "Ceri Ŵyn", username + "@host.example"));
            String secret = uk.safeguardcases.domain.people.Totp.newSecret();
            operators.enrol(token, secret, CaseFixtures.PASSWORD.toCharArray(), CaseFixtures.PASSWORD.toCharArray(),
                    uk.safeguardcases.domain.people.Totp.codeAt(secret, java.time.Instant.now()));
            answer = username + " " + secret;
        } else if ("/idle".equals(request.getPathInfo())) {
            int seconds = Integer.parseInt(request.getParameter("seconds"));
            request.getSession().setMaxInactiveInterval(seconds);
            answer = String.valueOf(seconds);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
    }
}
