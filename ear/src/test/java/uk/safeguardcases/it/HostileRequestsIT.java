package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguardcases.it.CaseFixtures.PASSWORD;
import static uk.safeguardcases.it.CaseFixtures.base;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.people.Accounts;

/**
 * Requests that are not what a browser on the product's own pages sends: a forged {@code Host}, which must never come
 * back in a redirect's address; and forms whose view state is "stateless", garbage or a page that is gone, which the
 * sender is told of (a 4xx or the expired page), with one line in the log and no stack trace.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {

    private static final String EVIL = "evil.example";
    /** The test server has no public address configured: its own HTTPS listener on the loopback name. */
    private static final String PUBLIC_ADDRESS = "https://localhost:"
            + (8443 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    private static final int HTTP_PORT = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']*)'\\)");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(HostileRequestsIT.class);
    }

    @Inject
    private Accounts accounts;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Test
    void noRedirectCarriesTheHostTheRequestNamed() {
        List<String> redirects = new ArrayList<>();
        for (String path : List.of("/", "/home", "/officer/cases.xhtml", "/officer/case.xhtml?ref=CHSCB-2026-0001",
                "/portal/requests.xhtml", "/admin/board.xhtml", "/sign-in/provider?board=no-such-board")) {
            redirects.add(path + " " + locationOf(raw("GET", path, Map.of(), null)));
        }
        redirects.add("POST /logout " + locationOf(raw("POST", "/logout", Map.of(), null)));

        // Signing in (Faces' post, then the redirect to the person's home) and a signed-in person's way home.
        Raw login = raw("GET", "/login.xhtml", Map.of(), null);
        String session = find(SESSION, login.header("Set-Cookie"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "chscb.officer");
        form.put("login:password", PASSWORD);
        form.put("login:signIn", "signIn");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, login.body()));
        Matcher nonce = NONCE.matcher(login.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        Raw signedIn = raw("POST", "/login.xhtml", Map.of("Cookie", "JSESSIONID=" + session,
                "Content-Type", "application/x-www-form-urlencoded"), encode(form));
        assertEquals(302, signedIn.status(), signedIn.body());
        redirects.add("sign-in " + signedIn.header("Location"));
        String afterSignIn = find(SESSION, signedIn.header("Set-Cookie") == null ? "JSESSIONID=" + session
                : signedIn.header("Set-Cookie"));
        Raw home = raw("GET", "/home", Map.of("Cookie", "JSESSIONID=" + afterSignIn), null);
        redirects.add("signed-in home " + locationOf(home));
        assertTrue(home.header("Location").endsWith("/officer/dashboard.xhtml"), home.header("Location"));

        for (String redirect : redirects) {
            String location = redirect.substring(redirect.lastIndexOf(' ') + 1);
            assertFalse(location.toLowerCase(Locale.ROOT).contains(EVIL), redirect);
            assertTrue(location.startsWith("/") && !location.startsWith("//") || location.startsWith(PUBLIC_ADDRESS),
                    "relative, or on the public address: " + redirect);
        }
    }

    @Test
    void thePasswordResetLinkIsOnThePublicAddress() throws SQLException {
        accounts.requestPasswordReset("lscb.officer2");
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select body from outbox_message where recipient = ?"
                     + " and kind = 'PASSWORD_RESET' order by id desc")) {
            query.setString(1, "lscb.officer2@demo.example.org");
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a reset e-mail is queued");
                String body = rows.getString(1);
                assertTrue(body.contains(" " + PUBLIC_ADDRESS + "/reset-password.xhtml?token="), body);
                assertFalse(body.contains("http://"), body);
            }
        }
    }

    @Test
    void statelessGarbageAndExpiredViewStatesAreTheSendersFaultWithOneLineAndNoStackTrace() throws IOException {
        List<String> pages = List.of("login.xhtml", "forgot-password.xhtml", "reset-password.xhtml?token=x",
                "officer/cases.xhtml", "officer/case.xhtml?ref=CHSCB-2026-0001", "officer/dashboard.xhtml",
                "portal/requests.xhtml", "portal/history.xhtml", "hr/referrals.xhtml", "admin/board.xhtml",
                "account.xhtml", "senior/stuck-work.xhtml");
        Browser officer = CaseFixtures.signedIn("chscb.officer");
        String gone = find(VIEW_STATE, officer.open("officer/cases.xhtml").body());
        Browser stale = CaseFixtures.signedIn("chscb.officer"); // another session: the view state is not its own
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("signed out", new Browser(base()));
        who.put("officer", officer);
        who.put("member", CaseFixtures.signedIn("chscb.member"));
        who.put("senior", CaseFixtures.signedIn("chscb.senior"));
        who.put("other session", stale);

        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);
        int requests = 0;
        for (Map.Entry<String, Browser> browser : who.entrySet()) {
            for (String page : pages) {
                for (String viewState : List.of("stateless", "garbage-!%", "-1234:5678", gone)) {
                    for (boolean ajax : List.of(false, true)) {
                        Map<String, String> headers = new LinkedHashMap<>();
                        headers.put("Content-Type", "application/x-www-form-urlencoded");
                        String body = "form=form&jakarta.faces.ViewState=" + enc(viewState);
                        if (ajax) {
                            headers.put("Faces-Request", "partial/ajax");
                            body += "&jakarta.faces.partial.ajax=true&jakarta.faces.source=form";
                        }
                        HttpResponse<String> answer = browser.getValue().request("POST", page, headers, body);
                        requests++;
                        String what = browser.getKey() + " " + page + " " + viewState + (ajax ? " ajax" : "");
                        assertTrue(answer.statusCode() < 500, what + ": " + answer.statusCode() + answer.body());
                        assertFalse(answer.body().contains("FacesException"), what + ": " + answer.body());
                    }
                }
            }
        }
        assertTrue(officer.open("officer/cases.xhtml").status() == 200, "the session is still good");

        List<String> logged = new String(readFrom(log, before), StandardCharsets.UTF_8).lines().toList();
        List<String> traces = logged.stream().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")
                || l.contains("UT005023") || l.contains(" ERROR ") || l.contains(" SEVERE ")).toList();
        assertTrue(traces.isEmpty(), String.join("\n", traces.subList(0, Math.min(20, traces.size()))));
        long refused = logged.stream().filter(l -> l.contains("ExpiredPageFilter") || l.contains("AjaxSendersFault"))
                .count();
        assertTrue(refused <= requests, refused + " lines for " + requests + " requests");
    }

    private static byte[] readFrom(Path file, long offset) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return java.util.Arrays.copyOfRange(all, (int) Math.min(offset, all.length), all.length);
    }

    private static String locationOf(Raw answer) {
        assertTrue(answer.status() >= 300 && answer.status() < 400, answer.status() + " " + answer.body());
        return answer.header("Location");
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An answer as it came over the wire. */
    record Raw(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * One HTTP/1.0 request (so the answer is not chunked) over a plain socket with {@code Host: evil.example}, which
     * Java's HTTP client refuses to send: what a forged or poisoned request looks like to the server.
     */
    private static Raw raw(String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: " + EVIL
                + "\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", HTTP_PORT)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.putIfAbsent(head[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), fields, end < 0 ? "" : text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
