package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguardcases.it.CaseFixtures.PASSWORD;
import static uk.safeguardcases.it.CaseFixtures.base;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.application.transfer.SendInput;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Requests that are not what a browser on the product's own pages sends: a forged {@code Host}, which must never come
 * back in a redirect's address; forms whose view state is "stateless", garbage or a page that is gone, which the
 * sender is told of (a 4xx or the expired page), with one line in the log and no stack trace; every method to every
 * path, bodies over the limit on every protocol, addresses that are not UTF-8, and WildFly's own addresses.
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

    @Inject
    @Any
    private Instance<ProcessPages> registrations;

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
    void thePublicConcernPagesAreNeverKeptByTheBrowser() {
        Browser anyone = new Browser(base());
        for (String page : List.of("concern/raise.xhtml?board=chscb", "concern/follow-up.xhtml?board=chscb",
                "concern/confirm-address.xhtml?board=chscb&token=x")) {
            HttpResponse<String> answer = anyone.request("GET", page, Map.of(), null);
            assertTrue(answer.statusCode() == 200, page + ": " + answer.statusCode());
            assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"), page);
        }
    }

    @Test
    void statelessGarbageAndExpiredViewStatesAreTheSendersFaultWithOneLineAndNoStackTrace() throws IOException {
        List<String> pages = List.of("login.xhtml", "forgot-password.xhtml", "reset-password.xhtml?token=x",
                "officer/cases.xhtml", "officer/case.xhtml?ref=CHSCB-2026-0001", "officer/dashboard.xhtml",
                "portal/requests.xhtml", "portal/history.xhtml", "hr/referrals.xhtml", "admin/board.xhtml",
                "account.xhtml", "senior/stuck-work.xhtml",
                // issue 41: the public pages anyone reaches, and the low-level register, chronology and rule
                "concern/raise.xhtml?board=chscb", "concern/follow-up.xhtml?board=chscb", "officer/low-level.xhtml",
                "officer/chronology.xhtml?id=1", "admin/low-level.xhtml",
                // the page whose button confirms a reporter's e-mail address
                "concern/confirm-address.xhtml?board=chscb&token=x");
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

    /**
     * Every page of the product, as the processes register them (the workspaces' own among them, ProcessPages), and
     * the pages that need a board or a token opened with them as well.
     */
    private List<String> everyPage() {
        TreeSet<String> registered = new TreeSet<>();
        registrations.forEach(process -> process.everyPage().forEach(page -> registered.add(page.substring(1))));
        List<String> every = new ArrayList<>(registered);
        every.addAll(FOR_A_BOARD);
        return every;
    }

    /** Pages opened for a board (or with a token) as well as bare: a board's public pages, the operator's. */
    private static final List<String> FOR_A_BOARD = List.of("concern/raise.xhtml?board=chscb",
            "concern/follow-up.xhtml?board=cwmtaf", "concern/confirm-address.xhtml?board=cwmtaf&token=x",
            "operator/invite.xhtml?board=chscb", "operator/leaving.xhtml?board=chscb");

    /** Whether a process opens {@code path} (a page or an endpoint, its query aside) to some roles only. */
    private boolean protectedByAProcess(String path) {
        String bare = "/" + path.replaceFirst("\\?.*", "");
        return registrations.stream().flatMap(process -> process.protectedPaths().stream())
                .anyMatch(protectedPath -> protectedPath.covers(bare));
    }

    /** Every endpoint that is not a page: downloads, exports, the doors' servlets and the API. */
    private static final List<String> EVERY_ENDPOINT = List.of("admin/reads.csv", "admin/declarations.csv",
            "annual/report.csv", "annual/report.ods", "annual/report.pdf",
            "hr/referral-pack", "officer/searches.csv", "officer/searches.pdf", "officer/search-log.pdf",
            "officer/case-report", "officer/referral-pack", "officer/referral-pack-current", "officer/cases.csv",
            "officer/evidence-file", "officer/subject-access-export", "officer/subject-access-draft",
            "officer/case-diagram", "portal/evidence-file", "sign-in/provider", "sign-in/returned", "keep-alive",
            "concern/too-large",
            "api/cases", "api/cases/{ref}", "api/referrals", "api/referrals/{ref}", "api/referrals/{ref}/pack",
            "api/board/audit-chain", "api/health/ready", "api/openapi.json",
            // A node's warm-up draws these for itself (a cluster's nodes only; here it never warms up).
            "warm-up/officer/cases.xhtml", "warm-up/officer/case.xhtml", "warm-up/admin/board.xhtml", "warm-up/end",
            // The install's way to the first hosting operator (from this machine only; here one exists: 409).
            "hosting/first-operator",
            // A board's whole record, for its administrator and for the hosting operator (issue 62).
            "admin/leaving-export.zip", "operator/leaving-export.zip",
            // The disclosure log's CSV; the public pages' answers to a body over the limit.
            "disclosures/log.csv", "dp-complaint/too-large", "check/too-large",
            // Anyone's check of a document: the board's signing certificate (issue 66).
            "check/signing-certificate.pem",
            // A piece of evidence's and a chain head's trusted-time token (officers, seniors, administrators).
            "trusted-time/evidence.tst", "trusted-time/chain-head.tst",
            // The operator's drill of stuck work: a 404 unless on a rehearsal node, from its own machine.
            "rehearsal/stuck-step");

    /**
     * The endpoints above and every path the API's description documents, a plug-in's too ("{ref}" where a reference
     * goes), so an endpoint a process brings is swept without a line here.
     */
    private static List<String> everyEndpoint() {
        if (documentedEndpoints == null) {
            documentedEndpoints = endpointsWithTheDocumented();
        }
        return documentedEndpoints;
    }

    /** Read once a run: the description is the same for every caller and every test. */
    private static List<String> documentedEndpoints;

    private static List<String> endpointsWithTheDocumented() {
        Set<String> endpoints = new java.util.LinkedHashSet<>(EVERY_ENDPOINT);
        try {
            HttpResponse<String> description = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    base().resolve("api/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
                    new java.io.StringReader(description.body()))) {
                reader.readObject().getJsonObject("paths").keySet()
                        .forEach(path -> endpoints.add("api" + path.replaceAll("\\{[A-Za-z]+\\}", "{ref}")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return List.copyOf(endpoints);
    }

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"");
    private static final Pattern SUBMIT = Pattern.compile("<input [^>]*type=\"submit\" [^>]*name=\"([^\"]+)\"|"
            + "<input [^>]*name=\"([^\"]+)\" [^>]*type=\"submit\"");

    /**
     * Every page, form and endpoint, as every kind of caller and anonymously, with what a hostile sender tries: ids
     * that are unknown, another board's or not ids at all; a page's real forms posted back at another board's record
     * or at none (each form's first button, with its view state); TRACE; and a body over the limit. Nothing answers
     * 5xx, TRACE is refused with the headers every answer carries, the oversized body is a 413 that says why, and the
     * log has no stack trace.
     */
    @Test
    void everyPageFormAndEndpointTakesHostileVariantsWithoutA5xxOrAStackTrace() throws IOException {
        // A board of the test's own: the forms are really sent (an administrator's first button may require a new
        // password of someone, say), so no other test's board is touched. CHSCB's records are another board's.
        String board = TestBoard.like("chscb").id();
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("signed out", new Browser(base()));
        for (String role : List.of("officer", "senior", "member", "hr", "admin")) {
            who.put(role, CaseFixtures.signedIn(board + "." + role));
        }
        who.put("hosting operator", Operators.signedIn());
        List<String> refs = List.of("LSCB-2026-0001", "NO-SUCH-0000", "' or '1'='1", "-1", "%00");
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        Set<String> opened = new TreeSet<>();
        for (Map.Entry<String, Browser> caller : who.entrySet()) {
            Browser browser = caller.getValue();
            for (String page : everyPage()) {
                opened.add("/" + page.replaceFirst("\\?.*", ""));
                for (String ref : refs) {
                    String path = page + (page.contains("?") ? "&" : "?") + "ref=" + enc(ref) + "&id=" + enc(ref) + "&token=" + enc(ref);
                    requests++;
                    check(failures, caller.getKey() + " GET " + path, browser.request("GET", path, Map.of(), null));
                }
                HttpResponse<String> shown = browser.request("GET", page + (page.contains("?") ? "&" : "?") + "ref=CHSCB-2026-0001", Map.of(), null);
                requests++;
                check(failures, caller.getKey() + " GET " + page, shown);
                Matcher viewState = VIEW_STATE.matcher(shown.body());
                if (shown.statusCode() == 200 && viewState.find()) {
                    Matcher forms = FORM.matcher(shown.body());
                    while (forms.find()) {
                        String form = forms.group(1);
                        if (form.equals("login") || form.equals("code")) {
                            // Empty sign-ins, and empty receipt codes on a public page, count against the loopback
                            // address every test signs in and follows up a concern from.
                            continue;
                        }
                        int end = shown.body().indexOf("</form>", forms.end());
                        Matcher button = SUBMIT.matcher(shown.body().substring(forms.end(), end < 0
                                ? shown.body().length() : end));
                        String body = enc(form) + "=" + enc(form) + "&jakarta.faces.ViewState=" + enc(viewState.group(1));
                        if (button.find()) {
                            String name = button.group(1) != null ? button.group(1) : button.group(2);
                            body += "&" + enc(name) + "=" + enc(name);
                        }
                        Matcher nonce = NONCE.matcher(shown.body());
                        if (nonce.find()) {
                            body += "&primefaces.nonce=" + enc(nonce.group(1));
                        }
                        for (String ref : List.of("LSCB-2026-0001", "NO-SUCH-0000")) {
                            requests++;
                            check(failures, caller.getKey() + " POST " + page + " form " + form + " at " + ref,
                                    browser.request("POST", page + (page.contains("?") ? "&" : "?") + "ref=" + enc(ref), Map.of("Content-Type",
                                            "application/x-www-form-urlencoded"), body));
                        }
                    }
                }
            }
            for (String endpoint : everyEndpoint()) {
                for (String ref : refs) {
                    String path = endpoint.replace("{ref}", enc(ref)) + "?ref=" + enc(ref) + "&id=" + enc(ref);
                    requests++;
                    check(failures, caller.getKey() + " GET " + path, browser.request("GET", path, Map.of(), null));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + ":\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        registrations.forEach(process -> assertTrue(opened.containsAll(process.everyPage()),
                "a page " + process.getClass().getSimpleName() + " registers was not opened: " + process.everyPage()));
        Raw protectedTrace = raw("TRACE", "/officer/cases.xhtml", Map.of("X-Echo", "secret"), null);
        assertTrue(protectedTrace.status() != 200 && !protectedTrace.body().contains("secret"),
                "TRACE on a signed-in page is sent to sign in, never echoed: " + protectedTrace.status());
        for (String path : List.of("/login.xhtml", "/api/cases", "/", "/no-such-page")) {
            Raw trace = raw("TRACE", path, Map.of(), null);
            assertEquals(405, trace.status(), "TRACE " + path);
            assertEquals("DENY", trace.header("X-Frame-Options"), "TRACE " + path + " carries the headers");
            assertEquals("nosniff", trace.header("X-Content-Type-Options"), "TRACE " + path);
            assertTrue(trace.header("Content-Security-Policy") != null, "TRACE " + path);
        }
        for (String path : List.of("/api/cases", "/login.xhtml", "/officer/cases.xhtml")) {
            Raw tooLarge = rawDeclaring("HTTP/1.0", "POST", path, 22_020_097L, who.get("officer").cookie("JSESSIONID"));
            assertEquals(413, tooLarge.status(), path + ": " + tooLarge.body());
            assertTrue(tooLarge.body().contains("larger than the 21 MB"), tooLarge.body());
            assertEquals("DENY", tooLarge.header("X-Frame-Options"));
        }
        List<String> traces = new String(readFrom(log, before), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:") || l.contains("UT005023")
                        || l.contains(" ERROR ") || l.contains(" SEVERE ")).toList();
        assertTrue(traces.isEmpty(), String.join("\n", traces.subList(0, Math.min(30, traces.size()))));
    }

    /** What a hostile sender may send as a method: HTTP's own, WebDAV's, and made-up ones. */
    private static final List<String> EVERY_METHOD = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH",
            "TRACE", "FOO", "PROPFIND", "MKCOL", "COPY", "LOCK", "CONNECT");
    /** The methods some path of the product takes (PATCH only the API's); any other is refused on every path. */
    private static final List<String> TAKEN = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

    /**
     * Issue 60: every method to every path (the pages, servlets, exports, the API, the public pages, and WildFly's own
     * addresses), signed out and signed in: nothing answers 5xx (unknown methods answered 501), a method the path does
     * not take is a 405 with its {@code Allow} and every security header whoever asks (before the sign-in, so never a
     * page's sign-in or the 400 of a page another role may see), and the log has no stack trace and no ERROR.
     */
    /**
     * Issue 62: the hosting operator reaches no board's page, file or API (every one is refused or sends them to
     * sign in), and no board's person reaches the operator's pages (each is sent to the operator's sign-in).
     */
    @Test
    void theHostingOperatorReachesNoBoardsContentAndNoBoardsPersonReachesTheOperatorsPages() {
        Browser operator = Operators.signedIn();
        List<String> failures = new ArrayList<>();
        List<String> boardPaths = new ArrayList<>();
        everyPage().stream().filter(p -> p.matches("(officer|senior|hr|portal|admin)/.*|account\\.xhtml")
                || protectedByAProcess(p)).forEach(boardPaths::add);
        everyEndpoint().stream().filter(p -> p.matches("(officer|senior|hr|portal|admin)/.*|api/(?!health/|openapi|intake/).*")
                || protectedByAProcess(p))
                .map(p -> p.replace("{ref}", "CHSCB-2026-0001")).forEach(boardPaths::add);
        for (String path : boardPaths) {
            HttpResponse<String> answer = operator.request("GET", path + (path.contains("?") ? "&" : "?")
                    + "ref=CHSCB-2026-0001", Map.of(), null);
            if (answer.statusCode() == 200 || answer.statusCode() >= 500) {
                failures.add("operator GET " + path + " answered " + answer.statusCode());
            }
        }
        for (String role : List.of("officer", "senior", "member", "hr", "admin")) {
            Browser person = CaseFixtures.signedIn("chscb." + role);
            for (String page : List.of("operator/boards.xhtml", "operator/new-board.xhtml",
                    "operator/invite.xhtml?board=chscb", "operator/leaving.xhtml?board=chscb",
                    "operator/leaving-export.zip?board=chscb")) {
                HttpResponse<String> answer = person.request("GET", page, Map.of(), null);
                String to = answer.headers().firstValue("Location").orElse("");
                if (answer.statusCode() != 302 || !to.contains("operator/sign-in.xhtml")) {
                    failures.add("chscb." + role + " GET " + page + " answered " + answer.statusCode() + " " + to);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Issue 67: a case one board sent to another reaches no board it was not sent to, and none of the receiving board's
     * people but its senior managers, by any page or endpoint of the product, asked for with the case's reference and
     * the transfer's id in every way a page takes them; once declined, not even them. Every page and endpoint is found
     * from the registrations and the API's description, none by name.
     */
    @Test
    void aCaseSentToAnotherBoardReachesNoOtherBoardAndOnceDeclinedNothingOfItIsReadable() {
        String marker = "Trosglwyddo" + System.nanoTime();
        String ref = CaseFixtures.raise("chscb", "Ŵyn " + marker, "A post – “" + marker + "” £5 🙂");
        long sent = CaseFixtures.as("chscb.senior", () -> CaseFixtures.bean(CaseTransfers.class).propose(ref,
                new SendInput("cwmtaf", "DUTY_TO_SHARE", "Moved – " + marker, false, List.of(), "")));
        ReceivedTransfers receiving = CaseFixtures.bean(ReceivedTransfers.class);
        long received = -1;
        for (int tries = 0; tries < 240 && received < 0; tries++) {
            received = CaseFixtures.as("cwmtaf.senior", () -> receiving.receivedList()).stream()
                    .filter(r -> r.received().fromReference().equals(ref)).mapToLong(r -> r.received().id())
                    .findFirst().orElse(-1L);
            if (received < 0) {
                sleep(250);
            }
        }
        assertTrue(received > 0, "transfer " + sent + " not received in a minute");
        long id = received;
        List<String> paths = new ArrayList<>(everyPage());
        paths.addAll(everyEndpoint());
        List<String> failures = new ArrayList<>();
        List<String> notSentTo = List.of("nscb.senior", "nscb.officer", "cwmtaf.officer", "cwmtaf.member");
        sweep(notSentTo, paths, ref, id, marker, failures);
        HttpResponse<String> theirs = CaseFixtures.signedIn("cwmtaf.senior").request("GET",
                "transfer/received.xhtml?id=" + id, Map.of(), null);
        assertTrue(theirs.statusCode() == 200 && theirs.body().contains(marker),
                "the receiving board's senior manager reads it: " + theirs.statusCode());

        CaseFixtures.as("cwmtaf.senior", () -> receiving.decline(id, "Not in our area – “Sul” 🙂"));
        sweep(List.of("cwmtaf.senior"), paths, ref, id, marker, failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Each of {@code people} asks for each path with the case's reference and the transfer's id: none shows it. */
    private static void sweep(List<String> people, List<String> paths, String ref, long id, String marker,
            List<String> failures) {
        for (String username : people) {
            Browser person = CaseFixtures.signedIn(username);
            for (String path : paths) {
                String asked = path.replace("{ref}", ref) + (path.contains("?") ? "&" : "?") + "ref=" + ref + "&id="
                        + id;
                HttpResponse<String> answer = person.request("GET", asked, Map.of(), null);
                if (answer.statusCode() >= 500 || answer.body() != null && answer.body().contains(marker)) {
                    failures.add(username + " GET " + asked + " answered " + answer.statusCode()
                            + (answer.body() != null && answer.body().contains(marker) ? " with the case in it" : ""));
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every path a process opens to some roles only (ProcessPages.protectedPaths(), held without a line of web.xml):
     * nobody signed in is sent to the sign-in, every other role gets the 403, and the roles it names get the page.
     * Each path's pages and endpoints are found from the registrations and the endpoints above, none by name here.
     */
    @Test
    void everyPathAProcessProtectsSendsNobodyToTheSignInAndRefusesEveryOtherRole() {
        Map<Role, Browser> people = new EnumMap<>(Role.class);
        for (Role role : List.of(Role.OFFICER, Role.SENIOR, Role.HR, Role.MEMBER, Role.ADMIN)) {
            people.put(role, CaseFixtures.signedIn("chscb." + role.roleName()));
        }
        List<String> paths = new ArrayList<>(everyPage());
        paths.addAll(everyEndpoint());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ProcessPages process : registrations) {
            for (ProcessPages.ProtectedPath protectedPath : process.protectedPaths()) {
                List<String> held = paths.stream()
                        .filter(path -> protectedPath.covers("/" + path.replaceFirst("\\?.*", ""))).toList();
                if (held.isEmpty()) {
                    failures.add(protectedPath.pattern() + " holds no page or endpoint the test knows");
                }
                for (String path : held) {
                    checked++;
                    HttpResponse<String> nobody = new Browser(CaseFixtures.base()).request("GET", path, Map.of(), null);
                    String to = nobody.headers().firstValue("Location").orElse("");
                    if (nobody.statusCode() != 302 || !to.contains("/login.xhtml")) {
                        failures.add("signed out GET " + path + " answered " + nobody.statusCode() + " " + to);
                    }
                    for (Map.Entry<Role, Browser> person : people.entrySet()) {
                        int status = person.getValue().request("GET", path, Map.of(), null).statusCode();
                        boolean may = protectedPath.roles().contains(person.getKey());
                        if (may ? status == 403 || status == 302 || status >= 500 : status != 403) {
                            failures.add(person.getKey() + " GET " + path + " answered " + status);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "no protected path was checked");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyMethodToEveryPathIsAnsweredWithoutA5xxAndAnUnknownOneIsA405WithTheHeaders() throws IOException {
        String board = TestBoard.like("chscb").id();
        List<String> paths = new ArrayList<>();
        everyPage().forEach(page -> paths.add("/" + page));
        everyEndpoint().forEach(endpoint -> paths.add("/" + endpoint.replace("{ref}", "NO-SUCH-0000")));
        paths.addAll(List.of("/", "/no-such-page", "/resources/no-such.css", "/console", "/console/index.html",
                "/wildfly-services", "/wildfly-services/ejb/v1/discover", "/api/cases/%ff%fe"));
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("signed out", null);
        callers.put("officer", "JSESSIONID=" + CaseFixtures.signedIn(board + ".officer").cookie("JSESSIONID"));

        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            for (String path : paths) {
                boolean api = path.startsWith("/api/");
                for (String method : EVERY_METHOD) {
                    Raw answer = raw(method, path, caller.getValue() == null ? Map.of()
                            : Map.of("Cookie", caller.getValue()), null);
                    requests++;
                    String what = caller.getKey() + " " + method + " " + path + ": " + answer.status();
                    if (answer.status() >= 500) {
                        failures.add(what);
                        continue;
                    }
                    if (TAKEN.contains(method) || api && method.equals("PATCH")) {
                        continue;
                    }
                    if (answer.status() != 405 || !(api ? "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
                            : "GET, HEAD, POST, OPTIONS").equals(answer.header("Allow"))
                            || !"DENY".equals(answer.header("X-Frame-Options"))
                            || !"nosniff".equals(answer.header("X-Content-Type-Options"))
                            || !"same-origin".equals(answer.header("Referrer-Policy"))
                            || answer.header("Content-Security-Policy") == null) {
                        failures.add(what + " Allow " + answer.header("Allow") + ", X-Frame-Options "
                                + answer.header("X-Frame-Options"));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + ":\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertNoStackTraceOrErrorSince(log, before);
    }

    /**
     * Issue 60: WildFly's console (which redirected to the management port, built from the request's Host) and remote
     * EJB over HTTP (a 401 and a cookie without Secure, HttpOnly or SameSite) are not on the public ports, HTTP or
     * HTTPS: their addresses are the product's, which has no such page.
     */
    @Test
    void wildFlysConsoleAndRemoteEjbAreNotOnThePublicPorts() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(Tls.trustingAnyCertificate())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/console", "/console/", "/console/index.html", "/wildfly-services",
                "/wildfly-services/ejb/v1/discover")) {
            Raw plain = raw("GET", path, Map.of(), null);
            assertEquals(404, plain.status(), "HTTP " + path + " " + plain.header("Location"));
            assertEquals(null, plain.header("Location"), path);
            assertEquals(null, plain.header("WWW-Authenticate"), path);
            assertEquals("DENY", plain.header("X-Frame-Options"), path);
            assertFalse(plain.body().toLowerCase(Locale.ROOT).contains("management")
                    || plain.body().contains("Unauthorized"), plain.body());
            HttpResponse<String> secure = https.send(HttpRequest.newBuilder(URI.create(PUBLIC_ADDRESS + path)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, secure.statusCode(), "HTTPS " + path);
            assertTrue(secure.headers().firstValue("Location").isEmpty(), path);
            assertTrue(secure.headers().firstValue("WWW-Authenticate").isEmpty(), path);
            assertEquals("DENY", secure.headers().firstValue("X-Frame-Options").orElse(null), path);
        }
    }

    /**
     * Issue 60: a body over the limit gets the same 413 with its message whoever sends it (signed out to a signed-in
     * page, where the sign-in read the body to keep the request and logged an ERROR), over HTTP/1.0 and HTTP/1.1 (which
     * got a bare 400 over 22 MiB, HTTP/2 the 413), at any size; nothing in the log. (HTTP/2 is not sent here: the JDK's
     * client gives up on a stream the server answers before its body is sent; curl --http2 gets the 413.)
     */
    /**
     * The same 413 and message over HTTP/2 (TLS, ALPN h2), sent by curl with nghttp2 as a browser would send it: the
     * JDK's client cannot, since the server's answer before the body is read ends the stream. A body over the limit,
     * really sent, to the API, a page, a signed-in page and an address that does not exist.
     */
    @Test
    void aBodyOverTheLimitIsThe413WithItsMessageOverHttp2() throws Exception {
        Path body = Files.createTempFile("over-the-limit", ".bin");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(body.toFile(), "rw")) {
            file.setLength(22_020_097L);
        }
        String https = "https://localhost:" + (8443 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        try {
            for (String path : List.of("/api/cases", "/login.xhtml", "/officer/cases.xhtml", "/no-such-page")) {
                Process curl = new ProcessBuilder("curl", "-sk", "--http2", "--max-time", "60", "-o", "-",
                        "-w", "\n%{http_version} %{http_code}", "-X", "POST", "--data-binary", "@" + body,
                        "-H", "Content-Type: application/x-www-form-urlencoded", https + path)
                        .redirectErrorStream(true).start();
                String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(curl.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), path);
                assertTrue(answer.endsWith("\n2 413"), path + ": " + answer.substring(Math.max(0, answer.length() - 300)));
                assertTrue(answer.contains("larger than the 21 MB"), path + ": " + answer);
            }
        } finally {
            Files.deleteIfExists(body);
        }
    }

    @Test
    void aBodyOverTheLimitIsThe413WithItsMessageOverEveryProtocolAtAnySize() throws Exception {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);
        String officer = CaseFixtures.signedIn("chscb.officer").cookie("JSESSIONID");
        for (String path : List.of("/api/cases", "/login.xhtml", "/officer/cases.xhtml", "/admin/board.xhtml",
                "/no-such-page")) {
            for (String session : List.of("none", officer)) {
                for (long length : List.of(22_020_097L, 23_068_673L, 1L << 40)) {
                    for (String protocol : List.of("HTTP/1.0", "HTTP/1.1")) {
                        Raw answer = rawDeclaring(protocol, "POST", path, length, session);
                        String what = protocol + " " + path + " " + length + (session.equals("none") ? "" : " signed in");
                        assertEquals(413, answer.status(), what + ": " + answer.body());
                        assertTrue(answer.body().contains("larger than the 21 MB"), what + ": " + answer.body());
                        assertEquals("DENY", answer.header("X-Frame-Options"), what);
                        assertEquals(path.startsWith("/api/"), answer.header("Content-Type").startsWith(
                                "application/problem+json"), what + ": " + answer.header("Content-Type"));
                    }
                }
            }
        }
        assertNoStackTraceOrErrorSince(log, before);
    }

    /** Issue 60: an address whose escapes are not UTF-8 is the sender's fault, said as a problem, with no stack trace. */
    @Test
    void anApiAddressThatIsNotUtf8IsA400ProblemWithNoStackTrace() throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);
        String officer = "JSESSIONID=" + CaseFixtures.signedIn("chscb.officer").cookie("JSESSIONID");
        for (String path : List.of("/api/cases/%ff%fe", "/api/referrals/%c0%af/pack", "/api/cases?q=%ff",
                "/api/%e2%82", "/api/cases/Gw%C5%B5n-%F0%9F%99%82")) {
            for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Cookie", officer))) {
                Raw answer = raw("GET", path, headers, null);
                String what = path + (headers.isEmpty() ? "" : " signed in");
                if (path.contains("Gw%C5%B5n")) { // good UTF-8 (ŵ, 🙂): an unknown case, as any other
                    assertEquals(headers.isEmpty() ? 401 : 404, answer.status(), what + ": " + answer.body());
                    continue;
                }
                assertEquals(400, answer.status(), what + ": " + answer.body());
                assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), what);
                assertTrue(answer.body().contains("not UTF-8"), what + ": " + answer.body());
                assertEquals("DENY", answer.header("X-Frame-Options"), what);
            }
        }
        assertNoStackTraceOrErrorSince(log, before);
    }

    private static void assertNoStackTraceOrErrorSince(Path log, long offset) throws IOException {
        List<String> traces = new String(readFrom(log, offset), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:") || l.contains("UT005023")
                        || l.contains(" ERROR ") || l.contains(" SEVERE ")).toList();
        assertTrue(traces.isEmpty(), String.join("\n", traces.subList(0, Math.min(30, traces.size()))));
    }

    /**
     * The addresses a node's warm-up draws its board staff's pages at answer everyone else as addresses that do not
     * exist: signed out or signed in, from this host, with a token made up or none, by any method. (The token's own
     * check, while a node warms up, is {@code WarmUpPagesTest}'s and {@code ClusterIT}'s.)
     */
    @Test
    void theWarmUpsPagesAreNoWayInForAnyoneElse() {
        // Every role of a board, and another board's administrator: none is let in, whatever their roles.
        String board = TestBoard.like("chscb").id();
        List<String> sessions = new ArrayList<>();
        sessions.add(null);
        for (String person : List.of(board + ".officer", board + ".senior", board + ".hr", board + ".member",
                board + ".admin", "chscb.admin")) {
            sessions.add("JSESSIONID=" + CaseFixtures.signedIn(person).cookie("JSESSIONID"));
        }
        for (String path : List.of("/warm-up/officer/cases.xhtml", "/warm-up/officer/dashboard.xhtml",
                "/warm-up/officer/case.xhtml", "/warm-up/officer/case.xhtml?ref=CHSCB-2026-00001",
                "/warm-up/senior/work.xhtml", "/warm-up/admin/board.xhtml", "/warm-up/end", "/warm-up/",
                "/warm-up", "/warm-up/portal/requests.xhtml", "/warm-up/../officer/cases.xhtml",
                "/warm-up/officer/cases.xhtml;jsessionid=x", "/warm-up/WEB-INF/web.xml")) {
            for (String method : List.of("GET", "POST", "HEAD", "PUT")) {
                for (String token : new String[] {null, "", "x", "' or '1'='1", "warm-up"}) {
                    for (String cookie : sessions) {
                        Map<String, String> headers = new LinkedHashMap<>();
                        if (token != null) {
                            headers.put("X-Safeguard-Warm-Up", token);
                        }
                        if (cookie != null) {
                            headers.put("Cookie", cookie);
                        }
                        Raw answer = raw(method, path, headers, null);
                        String what = method + " " + path + " token " + token + (cookie == null ? "" : " signed in");
                        // "/warm-up/../" is the case list once the path is normalised: an officer's or senior's own.
                        if (path.contains("..")) {
                            assertTrue(answer.status() != 200 || cookie != null, what + ": " + answer.status());
                            continue;
                        }
                        assertEquals(404, answer.status(), what + ": " + answer.body());
                        assertFalse(answer.body().contains("Warm-up") || answer.body().contains("<table"), what);
                    }
                }
            }
        }
    }

    /**
     * The public pages' upload forms take what no browser sends: boundaries wrong, missing or huge; part headers of
     * 64 KB; file names climbing out of folders, with NUL, right-to-left marks and emoji; a part with no name; a
     * multipart inside a part; parts whose type lies; 2,000 tiny parts; a body cut off mid-part. Each with the page's
     * own view state and nonce. Nothing answers 5xx or shows a stack trace, and the log has none.
     */
    @Test
    void thePublicUploadFormsTakeHostileMultipartBodiesWithoutA5xxOrAStackTrace() throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String page : List.of("concern/raise.xhtml?board=cwmtaf", "concern/follow-up.xhtml?board=cwmtaf")) {
            Browser anyone = new Browser(base());
            String shown = anyone.open(page).body();
            String form = page.contains("raise") ? "report" : "code";
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            fields.put("jakarta.faces.ViewState", find(VIEW_STATE, shown));
            Matcher nonce = NONCE.matcher(shown);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            for (Map.Entry<String, String[]> hostile : hostileMultiparts(form, fields).entrySet()) {
                requests++;
                HttpResponse<String> answer = anyone.request("POST", page,
                        Map.of("Content-Type", hostile.getValue()[0]), hostile.getValue()[1]);
                check(failures, "POST " + page + " " + hostile.getKey(), answer);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + ":\n" + String.join("\n", failures));
        Raw tooLarge = rawDeclaring("HTTP/1.0", "POST", "/concern/raise.xhtml?board=cwmtaf", 22_020_097L, "none");
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.body().contains("What you typed is still in the form")
                && tooLarge.body().contains("fewer or smaller files"), tooLarge.body());
        assertTrue(tooLarge.body().contains("Mae’r hyn a deipiwyd gennych yn dal yn y ffurflen"),
                "in Welsh too, on a bilingual board: " + tooLarge.body());
        assertEquals("DENY", tooLarge.header("X-Frame-Options"));
        List<String> traces = new String(readFrom(log, before), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:") || l.contains("UT005023")
                        || l.contains(" ERROR ") || l.contains(" SEVERE ")).toList();
        assertTrue(traces.isEmpty(), String.join("\n", traces.subList(0, Math.min(30, traces.size()))));
    }

    /** What a hostile sender posts as multipart/form-data: name → {Content-Type, body}. */
    private static Map<String, String[]> hostileMultiparts(String form, Map<String, String> fields) {
        String b = "HostileBoundary7MA4YWxkTrZu0gW";
        String type = "multipart/form-data; boundary=" + b;
        StringBuilder good = new StringBuilder();
        fields.forEach((name, value) -> good.append("--").append(b).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        String start = good.toString();
        String end = "--" + b + "--\r\n";
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("another boundary than declared", new String[] {"multipart/form-data; boundary=declared",
                start + end});
        bodies.put("no boundary", new String[] {"multipart/form-data", start + end});
        bodies.put("an empty boundary", new String[] {"multipart/form-data; boundary=", start + end});
        bodies.put("a boundary of 5,000 characters", new String[] {"multipart/form-data; boundary=" + "x".repeat(5000),
                start.replace(b, "x".repeat(5000)) + end.replace(b, "x".repeat(5000))});
        bodies.put("part headers of 64 KB", new String[] {type, start + "--" + b + "\r\nContent-Disposition: form-data;"
                + " name=\"" + form + ":whatHappened\"\r\nX-Padding: " + "a".repeat(65_536) + "\r\n\r\nwords\r\n" + end});
        for (String name : List.of("../../../../etc/passwd", "llun\u0000.png", "gwaith\u202Egnp.exe", "🙂 ŵ “£”.png",
                "C:\\Windows\\win.ini", "")) {
            bodies.put("a file named " + name.replace("\u0000", "NUL").replace("\u202E", "RLO"), new String[] {type,
                    start + "--" + b + "\r\nContent-Disposition: form-data; name=\"" + form + ":files\"; filename=\""
                            + name + "\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n" + end});
        }
        bodies.put("a part with no name", new String[] {type, start + "--" + b + "\r\nContent-Disposition: form-data"
                + "\r\n\r\nnameless\r\n" + end});
        bodies.put("no Content-Disposition", new String[] {type, start + "--" + b + "\r\nContent-Type: text/plain"
                + "\r\n\r\nnothing\r\n" + end});
        bodies.put("a multipart in a part", new String[] {type, start + "--" + b + "\r\nContent-Disposition: form-data;"
                + " name=\"" + form + ":files\"\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n--inner\r\n"
                + "Content-Disposition: file; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--inner--\r\n"
                + "\r\n" + end});
        bodies.put("parts whose type lies", new String[] {type, start + "--" + b + "\r\nContent-Disposition: form-data;"
                + " name=\"" + form + ":whatHappened\"\r\nContent-Type: application/x-msdownload; charset=utf-7\r\n\r\n"
                + "MZ\u0000\u0000\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"" + form + ":files\"; filename="
                + "\"llun.png\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n" + end});
        StringBuilder many = new StringBuilder(start);
        for (int i = 0; i < 2_000; i++) {
            many.append("--").append(b).append("\r\nContent-Disposition: form-data; name=\"p").append(i)
                    .append("\"\r\n\r\n").append(i).append("\r\n");
        }
        bodies.put("2,000 tiny parts", new String[] {type, many + end});
        bodies.put("a body cut off mid-part", new String[] {type, start + "--" + b + "\r\nContent-Disposition: form-data;"
                + " name=\"" + form + ":files\"; filename=\"llun.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a"});
        bodies.put("a body cut off in a part's headers", new String[] {type, start + "--" + b + "\r\nContent-Dispos"});
        bodies.put("no closing boundary", new String[] {type, start});
        bodies.put("no parts at all", new String[] {type, ""});
        return bodies;
    }

    private static void check(List<String> failures, String what, HttpResponse<String> answer) {
        if (answer.statusCode() >= 500 || answer.body().contains("FacesException") || answer.body().contains("\tat ")) {
            failures.add(what + ": " + answer.statusCode());
        }
    }

    /** One form post makes one record: the same form sent twice with its token records one subject access request. */
    @Test
    void aFormSentTwiceWithItsTokenMakesOneRecord() throws SQLException {
        Browser officer = CaseFixtures.signedIn("chscb.officer");
        String page = officer.open("officer/subject-access.xhtml").body();
        String subject = "Twice Sent " + System.nanoTime();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request", "request");
        form.put("request:subjectName", subject);
        form.put("request:subjectEmail", "twice@example.org");
        form.put("request:requestedBy", "The subject");
        form.put("request:receivedOn", java.time.LocalDate.now().toString());
        form.put("request:identityCheckedBy", "Olivia Okafor");
        form.put("request:identityEvidence", "Passport seen");
        form.put("request:record", "record");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        form.put("sg.once", "0123456789abcdef0123456789abcdef");
        Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> first = officer.request("POST", "officer/subject-access.xhtml", headers, encode(form));
        HttpResponse<String> second = officer.request("POST", "officer/subject-access.xhtml", headers, encode(form));
        assertTrue(first.statusCode() < 400, first.statusCode() + first.body());
        assertEquals(303, second.statusCode(), "the second is sent to the page afresh");
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select count(*) from subject_access_request"
                     + " where subject_name = ?")) {
            query.setString(1, subject);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "one record for one form, sent twice");
            }
        }
    }

    /** A request that declares a body larger than the limit, with only its head sent: what the server answers. */
    private static Raw rawDeclaring(String protocol, String method, String path, long length, String session) {
        String request = method + " " + path + " " + protocol + "\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                + "application/x-www-form-urlencoded\r\nCookie: JSESSIONID=" + session + "\r\nContent-Length: " + length
                + "\r\n\r\nfield=value";
        try (Socket socket = new Socket("127.0.0.1", HTTP_PORT)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput(); // the rest of the body never comes: the server must answer without it
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.putIfAbsent(head[i].substring(0, colon).toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), fields, end < 0 ? "" : text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
