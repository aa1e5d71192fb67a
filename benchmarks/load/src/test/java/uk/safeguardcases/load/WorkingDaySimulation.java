package uk.safeguardcases.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A working day at a board, replayed through the browser's door (issue 43): officers, seniors, HR partners and
 * members sign in as a browser does (the sign-in form with its JSF view state, each form's one-time token as
 * {@code once.js} makes it, the CSP nonce PrimeFaces sends) and go through their pages with think time; monitoring
 * tools post concerns in bursts with their board's API key; each board's administrator asks for the nightly audit
 * chain check during the run. Every request is named after its page family, so Gatling's report gives the
 * percentiles and errors per family, and every check looks at what the person would see (the page's heading, the
 * message a step leaves), not only at the status: a sign-in that lands back on the sign-in page is an error.
 * <p>
 * Properties (all {@code -Dload.*}; see benchmarks/README.md): {@code baseUrl}, {@code users} (active people at
 * once), {@code ramp} and {@code duration} (seconds), {@code think} (mean seconds between one person's pages),
 * {@code boards}, {@code password}, the mix {@code officers}/{@code seniors}/{@code hr}/{@code members} (shares of
 * {@code users}), {@code visit} (rounds before a person signs out and another signs in), {@code intake.every} and
 * {@code intake.burst}, {@code nightly.at} (seconds into the run; negative: never), {@code maxP95} (ms; an assertion
 * per family when set).
 */
public class WorkingDaySimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "https://localhost:8443");
    private static final int USERS = Integer.getInteger("load.users", 10);
    private static final int RAMP = Integer.getInteger("load.ramp", 30);
    private static final int DURATION = Integer.getInteger("load.duration", 120);
    private static final double THINK = Double.parseDouble(System.getProperty("load.think", "10"));
    private static final List<String> BOARDS = Arrays.stream(
            System.getProperty("load.boards", "chscb,nscb,cwmtaf,lscb").split(",")).map(String::strip)
            .filter(b -> !b.isEmpty()).toList();
    private static final String PASSWORD = System.getProperty("load.password", "Safeguard-Demo-2026");
    private static final double OFFICERS = Double.parseDouble(System.getProperty("load.officers", "0.60"));
    private static final double SENIORS = Double.parseDouble(System.getProperty("load.seniors", "0.10"));
    private static final double HR = Double.parseDouble(System.getProperty("load.hr", "0.10"));
    private static final double MEMBERS = Double.parseDouble(System.getProperty("load.members", "0.20"));
    private static final int VISIT = Integer.getInteger("load.visit", 20);
    private static final int INTAKE_EVERY = Integer.getInteger("load.intake.every", 60);
    private static final int INTAKE_BURST = Integer.getInteger("load.intake.burst", 20);
    private static final int NIGHTLY_AT = Integer.getInteger("load.nightly.at", (RAMP + DURATION) / 2);
    private static final String MAX_P95 = System.getProperty("load.maxP95", "");

    /** Each board's monitoring-tool key, made by its administrator at the start (or given as board:key,...). */
    private static final Map<String, String> API_KEYS =
            new ConcurrentHashMap<>(given(System.getProperty("load.apiKeys", "")));

    private static final SecureRandom ONCE = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";
    /** What the case page says when a colleague did the step first: in plain words, so not an error. */
    private static final String RACE = "was already done by|Your decision was not recorded";
    /**
     * The member's own race: the simulated members of a board share one account, so two of them may answer one
     * request at once; the second is told, in plain words, that it no longer waits for an answer.
     */
    private static final String ANSWERED_ELSEWHERE = "was already done by|is not waiting for an answer any more";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) safeguard-load/1.0")
            .disableCaching();

    // ---- what every page gives back: its view state, the CSP nonce, the sign-out token ----

    /** What a browser keeps from a page to post its forms: the view state, the nonce and the sign-out token. */
    private static HttpRequestActionBuilder page(HttpRequestActionBuilder request) {
        return request.check(
                css(VIEW_STATE, "value").optional().saveAs("viewState"),
                regex("csp\\.init\\('([^']*)'\\)").optional().saveAs("nonce"),
                css("form.signout input[name='token']", "value").optional().saveAs("signOutToken"));
    }

    /** The heading a person sees, read as the page shows it (entities decoded). */
    private static HttpRequestActionBuilder heading(HttpRequestActionBuilder request, String starts) {
        // The heading when it starts as expected, else the heading itself: the report then says what was seen.
        return request.check(status().is(200), css("h1").transform(h -> h.strip().startsWith(starts) ? starts
                : h.strip()).is(starts));
    }

    /** A JSF form post as the browser sends it: the form's own fields, its one-time token and the view state. */
    private static Function<Session, Map<String, Object>> form(String formId, Map<String, String> fields) {
        return session -> {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put(formId, formId);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                params.put(field.getKey(), field.getValue());
            }
            params.put("sg.once", once());
            params.put("jakarta.faces.ViewState", session.getString("viewState"));
            if (session.contains("nonce")) {
                params.put("primefaces.nonce", session.getString("nonce"));
            }
            return params;
        };
    }

    /** A fresh token as once.js makes one for each form. */
    static String once() {
        byte[] bytes = new byte[16];
        ONCE.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static ChainBuilder think() {
        return pause(Duration.ofMillis((long) (THINK * 500)), Duration.ofMillis((long) (THINK * 1500)));
    }

    // ---- signing in and out ----

    /** The sign-in page, then the form with the person's password; the person must land on {@code home}. */
    private static ChainBuilder signIn(String home, String heading) {
        return exec(page(http("sign-in page").get("/login.xhtml")).check(status().is(200),
                        css("h1").is("Sign in"), css(VIEW_STATE, "value").saveAs("viewState")))
                .exec(think())
                .exec(heading(page(http("sign-in").post("/login.xhtml").formParamMap(s -> form("login", Map.of(
                                "login:username", s.getString("username"), "login:password", PASSWORD,
                                "login:signIn", "Sign in")).apply(s))
                        .check(currentLocationRegex(".*" + home.replace(".", "\\.") + "(\\?.*)?$"))), heading));
    }

    private static ChainBuilder signOut() {
        return doIf(s -> s.contains("signOutToken")).then(exec(http("sign-out").post("/logout")
                .formParam("token", "#{signOutToken}").check(status().is(200), css("h1").is("Sign in"))));
    }

    // ---- officers ----

    /** The case list as officers open it: most from the dashboard's steps, some filtered, some further pages. */
    private static String caseListQuery() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        double p = r.nextDouble();
        if (p < 0.35) {
            return "?step=AWAITING_TRIAGE";
        }
        if (p < 0.45) {
            return "?step=" + List.of("GATHERING_EVIDENCE", "VERIFYING_REMOVAL", "DECIDING_OUTCOME").get(r.nextInt(3));
        }
        if (p < 0.60) {
            return "";
        }
        if (p < 0.70) {
            return "?source=MONITORING";
        }
        if (p < 0.80) {
            return "?page=" + (2 + r.nextInt(20));
        }
        if (p < 0.90) {
            return "?whom=CHILDREN";
        }
        return "?from=" + LocalDate.now().minusDays(30 + r.nextInt(300)) + "&size=50";
    }

    private static ChainBuilder dashboard() {
        return exec(heading(page(http("dashboard").get("/officer/dashboard.xhtml")), "Dashboard")
                .check(css("#open-by-step, #steps-heading").exists()));
    }

    private static ChainBuilder caseList() {
        return exec(s -> s.set("listQuery", caseListQuery()).remove("caseRef").remove("records"))
                .exec(heading(page(http("case list").get("/officer/cases.xhtml#{listQuery}")), "Cases of")
                        .check(css("a.case-ref").findRandom().optional().saveAs("caseRef"),
                                regex("\\d+ / (\\d[\\d,]*)").optional()
                                        .saveAs("records")));
    }

    /** The list's next page as PrimeFaces asks for it: an ajax post of the table with the view state. */
    private static ChainBuilder nextListPage() {
        return exec(http("case list page").post("/officer/cases.xhtml#{listQuery}")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .formParamMap(session -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("jakarta.faces.partial.ajax", "true");
                    p.put("jakarta.faces.source", "list:cases");
                    p.put("jakarta.faces.partial.execute", "list:cases");
                    p.put("jakarta.faces.partial.render", "list:cases");
                    p.put("jakarta.faces.behavior.event", "page");
                    p.put("jakarta.faces.partial.event", "page");
                    p.put("list:cases_pagination", "true");
                    p.put("list:cases_first", "25");
                    p.put("list:cases_rows", "25");
                    p.put("list:cases_skipChildren", "true");
                    p.put("list:cases_encodeFeature", "true");
                    p.put("list", "list");
                    p.put("jakarta.faces.ViewState", session.getString("viewState"));
                    if (session.contains("nonce")) {
                        p.put("primefaces.nonce", session.getString("nonce"));
                    }
                    return p;
                })
                .check(status().is(200), substring("<partial-response").exists(), substring("case-ref").exists(),
                        substring("<error>").notExists()));
    }

    private static boolean severalPages(Session s) {
        if (!s.contains("records")) {
            return false;
        }
        return Long.parseLong(s.getString("records").replace(",", "")) > 25;
    }

    /** The case page's forms for the steps of the process, each done when the case waits in it. */
    private static final List<String> STEP_FORMS = List.of("triage", "authorisation", "gathered", "verify", "outcome",
            "approval");

    private static ChainBuilder casePage() {
        // What the last case page offered is not this one's: its forms are read afresh.
        return exec(s -> {
                    Session fresh = s.remove("chronology");
                    for (String formId : STEP_FORMS) {
                        fresh = fresh.remove(formId + "Action");
                    }
                    return fresh;
                })
                .exec(heading(page(http("case page").get("/officer/case.xhtml?ref=#{caseRef}")), "Case ")
                .check(css("h1").transform(String::strip).isEL("Case #{caseRef}"),
                        css("form#triage", "action").optional().saveAs("triageAction"),
                        css("form#authorisation", "action").optional().saveAs("authorisationAction"),
                        css("form#gathered", "action").optional().saveAs("gatheredAction"),
                        css("form#verify", "action").optional().saveAs("verifyAction"),
                        css("form#outcome", "action").optional().saveAs("outcomeAction"),
                        css("form#approval", "action").optional().saveAs("approvalAction"),
                        regex("chronology\\.xhtml\\?id=(\\d+)").optional().saveAs("chronology")));
    }

    /**
     * One step on the case page, as a person takes it: the form posted to its page with the view state; when the
     * step is checked first, the check step and Confirm. Done when the page says {@code done}. A colleague who did
     * the same step a moment before is the product's plain message ("already done by …", or "your decision was not
     * recorded" when it happened before the check step was shown), not an error; a step that leaves no word is.
     */
    private static ChainBuilder caseStep(String family, String formId, Function<Session, Map<String, String>> fields,
            String done) {
        String action = "#{" + formId + "Action}";
        return exec(page(http(family).post(action).formParamMap(s -> form(formId, fields.apply(s)).apply(s))
                        .check(status().is(200), regex(done + "|" + RACE + "|id=\"" + formId + "-check\"").exists(),
                                css("#" + formId + "-check").optional().saveAs("check"))))
                .doIf(s -> s.contains("check")).then(exec(think()).exec(page(http(family).post(action)
                        .formParamMap(form(formId + "Check", Map.of(formId + "Check:confirm", "Confirm")))
                        .check(status().is(200), regex(done + "|" + RACE).exists()))))
                .exec(s -> s.remove("check"));
    }

    private static double chance() {
        return ThreadLocalRandom.current().nextDouble();
    }

    /**
     * Triage: most concerns from monitoring closed with no further action (through the check step), one in four
     * sent for investigation (recorded at once, to a senior to authorise).
     */
    private static ChainBuilder triage() {
        return caseStep("triage", "triage", s -> Map.of("triage:policeReference", "", "triage:iwfReference", "",
                "triage:ceopReference", "", "triage:concerns", "CHILDREN",
                "triage:decision", chance() < 0.25 ? "INVESTIGATE" : "NO_FURTHER_ACTION",
                "triage:note", "Seen at triage: the post names no child and the member took it down the same day –"
                        + " “a lapse”, says their manager.", "triage:record", "Record"), "Triage recorded\\.");
    }

    /** The investigation's steps after authorisation: evidence complete, the removal checked, the outcome decided. */
    private static ChainBuilder investigationStep() {
        return doIf(s -> s.contains("gatheredAction")).then(caseStep("evidence complete", "gathered",
                        s -> Map.of("gathered:summary", "The post and two screenshots; the member’s manager confirms "
                                + "the account is theirs.", "gathered:finish", "Finish"), "Evidence complete"))
                .doIf(s -> s.contains("verifyAction")).then(caseStep("removal verified", "verify",
                        s -> Map.of("verify:finding", "Checked on the platform: the post is gone.",
                                "verify:record", "Record"), "Removal check recorded\\."))
                .doIf(s -> s.contains("outcomeAction")).then(caseStep("outcome decided", "outcome",
                        s -> Map.of("outcome:outcome", chance() < 0.6 ? "DISCIPLINARY_REFERRAL" : "ADVICE_AND_GUIDANCE",
                                "outcome:findings", "The post breached clause 3.5: a child could be identified "
                                        + "from it.",
                                "outcome:decide", "Decide"), "Decision recorded\\."));
    }

    private static ChainBuilder chronology() {
        return exec(heading(page(http("chronology").get("/officer/chronology.xhtml?id=#{chronology}")), "")
                .check(css("#chronology, #chronology-empty").exists()));
    }

    private static ChainBuilder officerRound() {
        return exec(dashboard()).exec(think())
                .exec(caseList()).exec(think())
                .doIf(s -> severalPages(s) && ThreadLocalRandom.current().nextDouble() < 0.4)
                .then(exec(nextListPage()).exec(think()))
                .doIf(s -> s.contains("caseRef")).then(exec(casePage()).exec(think())
                        .doIf(s -> s.contains("triageAction")).then(exec(triage()).exec(think()))
                        .doIf(s -> Stream.of("gathered", "verify", "outcome").anyMatch(f -> s.contains(f + "Action")))
                        .then(exec(investigationStep()).exec(think()))
                        .doIf(s -> s.contains("chronology") && ThreadLocalRandom.current().nextDouble() < 0.3)
                        .then(exec(chronology()).exec(think())));
    }

    // ---- seniors ----

    /** Seniors: the dashboard, their tasks, and the investigations waiting for their authorisation. */
    private static ChainBuilder seniorRound() {
        return exec(dashboard()).exec(think())
                .exec(s -> s.remove("caseRef"))
                .exec(heading(page(http("senior work").get("/senior/work.xhtml")), "Tasks waiting for you at")
                        .check(regex("/officer/case\\.xhtml\\?ref=([A-Za-z0-9-]+)").findRandom().optional()
                                .saveAs("caseRef")))
                .exec(think())
                .doIf(s -> s.contains("caseRef")).then(exec(casePage()).exec(think())
                        .doIf(s -> s.contains("authorisationAction")).then(exec(authorise()).exec(think()))
                        .doIf(s -> s.contains("approvalAction")).then(exec(approveReferral()).exec(think())));
    }

    private static ChainBuilder authorise() {
        return caseStep("authorisation", "authorisation", s -> Map.of("authorisation:justification",
                "The triage is sound: investigate, and ask for the post’s removal first.",
                "authorisation:authorise", "Authorise"), "Investigation authorised\\.");
    }

    private static ChainBuilder approveReferral() {
        return caseStep("referral approval", "approval", s -> Map.of("approval:note",
                "The pack is complete and shows nothing HR may not see.", "approval:approve", "Approve"),
                "Referral approved and sent to the HR partner\\.");
    }

    // ---- HR partners ----

    /**
     * HR partners: their organisation's referrals, one opened, acknowledged when it waits for that, and its outcome
     * recorded when it waits for one.
     */
    private static ChainBuilder hrRound() {
        return exec(s -> s.remove("referral").remove("acknowledgeAction").remove("outcomeAction")
                        .remove("outcomeValue"))
                .exec(heading(page(http("hr referrals").get("/hr/referrals.xhtml")), "Disciplinary referrals to")
                        .check(regex("/hr/referral\\.xhtml\\?ref=([A-Za-z0-9-]+)").findRandom().optional()
                                .saveAs("referral")))
                .exec(think())
                .doIf(s -> s.contains("referral")).then(exec(heading(page(http("hr referral")
                                .get("/hr/referral.xhtml?ref=#{referral}")), "Referral ")
                        .check(css("form#acknowledge", "action").optional().saveAs("acknowledgeAction"),
                                css("form#outcome", "action").optional().saveAs("outcomeAction"),
                                regex("name=\"outcome:outcome\"[^>]*>\\s*<option[^>]*>[^<]*</option>\\s*<option "
                                        + "value=\"([A-Z_]+)\"").optional().saveAs("outcomeValue")))
                        .exec(think())
                        .doIf(s -> s.contains("acknowledgeAction")).then(exec(page(http("hr acknowledgement")
                                .post("#{acknowledgeAction}")
                                .formParamMap(form("acknowledge", Map.of("acknowledge:acknowledge", "Acknowledge")))
                                .check(status().is(200), regex("Referral acknowledged\\.|was already done by")
                                        .exists()))).exec(think()))
                        .doIf(s -> s.contains("outcomeAction") && s.contains("outcomeValue")).then(exec(outcome())
                                .exec(think())));
    }

    private static ChainBuilder outcome() {
        return exec(page(http("hr outcome").post("#{outcomeAction}").formParamMap(s -> form("outcome", Map.of(
                                "outcome:outcome", s.getString("outcomeValue"),
                                "outcome:decidedOn", LocalDate.now(UK).format(DAY),
                                "outcome:note", "Heard on 3 March; a final written warning – “the member "
                                        + "understood”.",
                                "outcome:record", "Record the outcome")).apply(s))
                        .check(status().is(200), regex("Outcome recorded\\.|was already done by|Your outcome was not recorded|id=\"outcomeCheck\"")
                                        .exists(), css("form#outcomeCheck", "id").optional().saveAs("check"))))
                .doIf(s -> s.contains("check")).then(exec(think()).exec(page(http("hr outcome").post("#{outcomeAction}")
                        .formParamMap(form("outcomeCheck", Map.of("outcomeCheck:confirm", "Confirm")))
                        .check(status().is(200), regex("Outcome recorded\\.|was already done by|Your outcome was not recorded").exists()))))
                .exec(s -> s.remove("check"));
    }

    // ---- members, on their phones ----

    /**
     * Members: their requests, one opened, a removal request answered (with a screenshot) or a request to co-operate
     * answered when one waits, their history.
     */
    private static ChainBuilder memberRound() {
        return exec(s -> s.remove("request").remove("removedAction").remove("cooperationAction"))
                .exec(heading(page(http("portal").get("/portal/requests.xhtml")), "Hello,")
                        .check(regex("/portal/request\\.xhtml\\?id=(\\d+)").findRandom().optional()
                                .saveAs("request")))
                .exec(think())
                .doIf(s -> s.contains("request")).then(exec(heading(page(http("portal request")
                                .get("/portal/request.xhtml?id=#{request}")), "Request to")
                        .check(css("form#removed", "action").optional().saveAs("removedAction"),
                                css("form#cooperation", "action").optional().saveAs("cooperationAction")))
                        .exec(think())
                        .doIf(s -> s.contains("removedAction")).then(exec(page(http("portal answer")
                                .post("#{removedAction}").asMultipartForm()
                                .bodyParts(StringBodyPart("removed", "removed"),
                                        StringBodyPart("removed:platform", "FACEBOOK"),
                                        StringBodyPart("removed:text", "Taken down this morning – sorry."),
                                        StringBodyPart("removed:proof", "Screenshot: the post is gone.")
                                                .fileName("proof.txt").contentType("text/plain"),
                                        StringBodyPart("removed:send", "Send"),
                                        StringBodyPart("sg.once", s -> once()),
                                        StringBodyPart("jakarta.faces.ViewState", "#{viewState}"),
                                        StringBodyPart("primefaces.nonce",
                                                s -> s.contains("nonce") ? s.getString("nonce") : ""))
                                .check(status().is(200),
                                        regex("The board has your confirmation that the content is removed|"
                                                + ANSWERED_ELSEWHERE).exists())))
                                .exec(think()))
                        .doIf(s -> s.contains("cooperationAction")).then(exec(page(http("portal answer")
                                .post("#{cooperationAction}").formParamMap(form("cooperation", Map.of(
                                        "cooperation:statement", "I posted it from home and took it down when my "
                                                + "manager rang – I did not think the badge showed.",
                                        "cooperation:send", "Send my answer")))
                                .check(status().is(200), regex("The board has your answer|" + ANSWERED_ELSEWHERE)
                                        .exists())))
                                .exec(think())))
                .exec(heading(page(http("portal history").get("/portal/history.xhtml")), "My history"))
                .exec(think());
    }

    // ---- monitoring tools and the night ----

    /** Each board's administrator makes a monitoring-tool key for the run, unless keys were given. */
    private final ScenarioBuilder keys = scenario("API keys").feed(boardsInTurn())
            .exec(s -> s.set("username", s.getString("board") + ".admin"))
            .doIf(s -> !API_KEYS.containsKey(s.getString("board"))).then(
                    exec(signIn("/admin/board.xhtml", "")).exitHereIfFailed()
                            .exec(heading(page(http("admin api keys").get("/admin/api-keys.xhtml")),
                                    "API keys for monitoring tools"))
                            .exec(page(http("admin api keys").post("/admin/api-keys.xhtml").formParamMap(form("newKey",
                                            Map.of("newKey:name", "Load test "
                                                            + Instant.now().truncatedTo(ChronoUnit.SECONDS),
                                                    "newKey:organisation", "", "newKey:create", "Create")))
                                    .check(status().is(200), css("#madeKey", "value").saveAs("apiKey"))))
                            .exec(s -> {
                                API_KEYS.put(s.getString("board"), s.getString("apiKey"));
                                return s;
                            })
                            .exec(signOut()));

    /** A monitoring tool's report: one concern, about a member of the board or someone it does not know. */
    private final ScenarioBuilder intake = scenario("API intake").feed(randomBoards())
            .exec(s -> {
                String board = s.getString("board");
                String member = ThreadLocalRandom.current().nextDouble() < 0.7 ? board + ".member" : board + ".manager";
                return s.set("apiKey", API_KEYS.getOrDefault(board, "none")).set("concern", """
                        {"memberIdentifier":"%s","platform":"facebook","url":"https://www.facebook.com/posts/%d",\
                        "capturedText":"Photo of a child from the school trip – names tagged, “so proud”",\
                        "detectedAt":"%s"}""".formatted(member, ThreadLocalRandom.current().nextInt(1_000_000_000),
                        Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
            })
            .exec(http("api intake").post("/api/intake/concerns")
                    .header("Authorization", "Bearer #{apiKey}")
                    .header("Idempotency-Key", s -> UUID.randomUUID().toString())
                    .header("Accept", "application/json")
                    .body(StringBody("#{concern}")).asJson()
                    .check(status().is(201), jsonPath("$.reference").exists()));

    /**
     * A whole audit chain check, asked for by each board's administrator at once: the walk the nightly timer makes
     * once a week (its other nights go on from its checkpoint, AuditChainChecks), here in the working day.
     */
    private final ScenarioBuilder nightly = scenario("nightly").feed(boardsInTurn())
            .exec(http("nightly chain check").post("/api/board/audit-chain")
                    .basicAuth("#{board}.admin", PASSWORD).header("Accept", "application/json")
                    .check(status().is(200), jsonPath("$").exists()));

    // ---- people ----

    private static ScenarioBuilder person(String role, String home, String heading, ChainBuilder round,
            String... usernames) {
        return scenario(role).feed(randomBoards())
                .exec(s -> s.set("username", s.getString("board") + "."
                        + usernames[ThreadLocalRandom.current().nextInt(usernames.length)]))
                .exec(signIn(home, heading)).exitHereIfFailed().exec(think())
                .repeat(VISIT).on(round)
                .exec(signOut());
    }

    private static Iterator<Map<String, Object>> randomBoards() {
        return Stream.generate(() -> Map.<String, Object>of("board",
                BOARDS.get(ThreadLocalRandom.current().nextInt(BOARDS.size())))).iterator();
    }

    private static Iterator<Map<String, Object>> boardsInTurn() {
        return Stream.iterate(0, i -> i + 1).map(i -> Map.<String, Object>of("board", BOARDS.get(i % BOARDS.size())))
                .iterator();
    }

    private static Map<String, String> given(String keys) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : keys.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                map.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
            }
        }
        return map;
    }

    private static PopulationBuilder people(ScenarioBuilder scenario, double share) {
        int n = Math.max(share > 0 ? 1 : 0, (int) Math.round(USERS * share));
        ClosedInjectionStep[] steps = n == 0 ? new ClosedInjectionStep[] {constantConcurrentUsers(0).during(1)}
                : new ClosedInjectionStep[] {rampConcurrentUsers(0).to(n).during(RAMP),
                        constantConcurrentUsers(n).during(DURATION)};
        return scenario.injectClosed(steps);
    }

    {
        List<OpenInjectionStep> bursts = new ArrayList<>();
        for (int t = 0; t + INTAKE_EVERY <= RAMP + DURATION && INTAKE_BURST > 0; t += INTAKE_EVERY) {
            bursts.add(nothingFor(INTAKE_EVERY));
            bursts.add(atOnceUsers(INTAKE_BURST));
        }
        List<PopulationBuilder> day = new ArrayList<>(List.of(
                people(person("officer", "/officer/dashboard.xhtml", "Dashboard", officerRound(), "officer",
                        "officer2"), OFFICERS),
                people(person("senior", "/officer/dashboard.xhtml", "Dashboard", seniorRound(), "senior"), SENIORS),
                people(person("hr partner", "/hr/referrals.xhtml", "Disciplinary referrals to", hrRound(), "hr"), HR),
                people(person("member", "/portal/requests.xhtml", "Hello,", memberRound(), "member"), MEMBERS)));
        if (!bursts.isEmpty()) {
            day.add(intake.injectOpen(bursts.toArray(OpenInjectionStep[]::new)));
        }
        if (NIGHTLY_AT >= 0) {
            day.add(nightly.injectOpen(nothingFor(NIGHTLY_AT), atOnceUsers(BOARDS.size())));
        }
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        if (!MAX_P95.isBlank()) {
            assertions.add(forAll().responseTime().percentile(95.0).lte(Integer.parseInt(MAX_P95)));
        }
        setUp(keys.injectOpen(atOnceUsers(BOARDS.size())).andThen(day.toArray(PopulationBuilder[]::new)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + DURATION + 120L))
                .assertions(assertions);
    }
}
