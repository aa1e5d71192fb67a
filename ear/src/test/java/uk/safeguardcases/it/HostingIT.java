package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.people.Totp;

/**
 * A production node on an empty database, as docs/operations.md installs it (no {@code safeguard.demo}): no board and
 * nobody until the first hosting operator is made from the node's own machine; the operator enrols, creates a board
 * and invites its administrator; the administrator chooses a password, sets up a second factor before anything else
 * and adds an officer; the officer raises a case. A second board's administrator sees none of it, and the operator,
 * who sees every board's health, reaches no board's page.
 */
class HostingIT {

    private static final String OPERATOR_PASSWORD = "Gweithredwr–ŵ-hosting-£2026";
    private static final String ADMIN_PASSWORD = "Siân–Ŷr “admin” 2026";
    private static final String OFFICER_START = "Officer-Initial-Password-7";
    private static final String OFFICER_PASSWORD = "Officer chooses 🙂 own 2026";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");
    private static final Pattern LINK = Pattern.compile("(https?://\\S+?token=)([A-Za-z0-9_-]+)");

    @Test
    void fromAnEmptyProductionDatabaseAnOperatorBringsABoardInAndItsPeopleStartWork() throws Exception {
        TestDatabase database = TestDatabase.fresh("hosting");
        Map<String, String> properties = new LinkedHashMap<>(database.serverProperties());
        properties.put("safeguard.demo", "false");
        try (StandaloneServer server = new StandaloneServer("hosting", 600, properties)) {
            server.start();
            assertThat(count(database, "select count(*) from board")).as("production starts with no board").isZero();
            assertThat(count(database, "select count(*) from person")).isZero();
            assertThat(new Browser(server.uri()).signIn("chscb.admin", "Safeguard-Demo-2026").uri())
                    .as("no demo account").contains("login.xhtml");

            // The install: ops/operator.sh first, from the node's own machine.
            Browser install = new Browser(server.uri());
            HttpResponse<String> viaProxy = install.request("POST", "hosting/first-operator", Map.of("Content-Type",
                    "application/x-www-form-urlencoded", "X-Forwarded-For", "203.0.113.9"),
                    "username=ceri&name=Ceri&email=ceri%40host.example");
            assertThat(viaProxy.statusCode()).as("never through a proxy").isEqualTo(404);
            HttpResponse<String> first = install.post("hosting/first-operator",
                    Map.of("username", "ceri", "name", "Ceri Ŵyn", "email", "ceri@host.example"));
            assertThat(first.statusCode()).isEqualTo(201);
            Matcher link = LINK.matcher(first.body());
            assertThat(link.find()).as(first.body()).isTrue();
            assertThat(install.post("hosting/first-operator", Map.of("username", "mallory", "name", "Mallory",
                    "email", "m@host.example")).statusCode()).as("the first is made once").isEqualTo(409);

            Browser operator = new Browser(server.uri());
            Browser.Page enrol = operator.open("operator/enrol.xhtml?token=" + link.group(2));
            String secret = find(SECRET, enrol.body()).replace(" ", "");
            Browser.Page enrolled = operator.submit(enrol, "enrol", Map.of("chosen", OPERATOR_PASSWORD, "repeated",
                    OPERATOR_PASSWORD, "code", Totp.codeAt(secret, Instant.now())), "enrolButton");
            assertThat(enrolled.uri()).as(enrolled.body()).contains("operator/sign-in.xhtml");
            assertThat(operator.open("operator/enrol.xhtml?token=" + link.group(2)).body())
                    .as("the link works once").contains("id=\"closed\"");
            Browser.Page boards = operator.submit(operator.open("operator/sign-in.xhtml"), "operatorSignIn",
                    Map.of("username", "ceri", "password", OPERATOR_PASSWORD,
                            "code", Totp.codeAt(secret, Instant.now().plusSeconds(30))), "signIn");
            assertThat(boards.uri()).as(boards.body()).contains("operator/boards.xhtml");
            assertThat(boards.body()).contains("There is no board yet");

            String gwent = createBoard(operator, "gwent", "GWT", "Gwent Safeguarding Board – “Bwrdd Gwent”",
                    true);
            assertThat(gwent).contains("Invite an administrator of gwent");
            Browser.Page invited = operator.submit(operator.open("operator/invite.xhtml?board=gwent"), "invite",
                    Map.of("displayName", "Siân Ŵyn", "username", "gwent.admin", "email", "sian@gwent.example"),
                    "inviteButton");
            assertThat(invited.uri()).contains("operator/boards.xhtml");
            assertThat(invited.body()).contains("The invitation to Siân Ŵyn");
            createBoard(operator, "powys", "PWS", "Powys Safeguarding Board", false);
            operator.submit(operator.open("operator/invite.xhtml?board=powys"), "invite",
                    Map.of("displayName", "Powys Admin", "username", "powys.admin", "email", "admin@powys.example"),
                    "inviteButton");

            // The administrator's invitation, as the outbox holds it: Welsh first on a bilingual board.
            String letter = text(database, "select body from outbox_message where tenant_id = 'gwent'"
                    + " and kind = 'ADMINISTRATOR_INVITATION'");
            assertThat(letter).contains("Annwyl Siân Ŵyn", "Dear Siân Ŵyn", "gwent.admin", "7 days", "7 diwrnod");
            Browser admin = enrolledPerson(server, letter, "gwent.admin", ADMIN_PASSWORD);
            Browser.Page people = admin.open("admin/people.xhtml");
            Browser.Page added = admin.submit(people, "person", Map.of("username", "gwent.officer", "displayName",
                    "Owain ap Rhys", "email", "owain@gwent.example", "roles", "officer", "password", OFFICER_START),
                    "save");
            assertThat(added.body()).contains("gwent.officer");

            Browser officer = new Browser(server.uri());
            Browser.Page step = officer.signIn("gwent.officer", OFFICER_START);
            if (step.uri().contains("sign-in/new-password.xhtml")) {
                step = officer.submit(step, "newPassword", Map.of("chosen", OFFICER_PASSWORD, "repeated",
                        OFFICER_PASSWORD), "choose");
            }
            assertThat(step.uri()).as("officers have a second factor on a new board").contains("sign-in/set-up.xhtml");
            secondFactor(officer, step);
            Browser.Page raise = officer.open("officer/raise.xhtml");
            String organisation = find(Pattern.compile("<option value=\"(\\d+)\"[^>]*>Gwent Police</option>"),
                    raise.body());
            Browser.Page raised = officer.submit(raise, "concern", Map.of("subjectName", "Dafydd Ŵyn",
                    "organisationId", organisation, "source", "COLLEAGUE_REPORT",
                    "summary", "A post naming a child – “screenshot” kept £0"), "raise");
            assertThat(raised.body()).contains("GWT-" + java.time.Year.now().getValue() + "-0001");

            Browser powys = enrolledPerson(server, text(database, "select body from outbox_message where"
                    + " tenant_id = 'powys' and kind = 'ADMINISTRATOR_INVITATION'"), "powys.admin", ADMIN_PASSWORD);
            assertThat(powys.open("admin/people.xhtml").body()).contains("powys.admin")
                    .doesNotContain("gwent.officer", "gwent.admin", "Owain ap Rhys");
            assertThat(powys.open("officer/case.xhtml?ref=GWT-" + java.time.Year.now().getValue() + "-0001").body())
                    .doesNotContain("Dafydd Ŵyn");

            Browser.Page health = operator.open("operator/boards.xhtml");
            assertThat(health.body()).contains("board-gwent", "board-powys").doesNotContain("Dafydd Ŵyn", "GWT-2");
            for (String page : new String[] {"officer/cases.xhtml", "admin/people.xhtml", "admin/board.xhtml",
                    "officer/case.xhtml?ref=GWT-" + java.time.Year.now().getValue() + "-0001", "hr/referrals.xhtml"}) {
                Browser.Page refused = operator.openOnce(page);
                assertThat(refused.status()).as("the operator on " + page).isIn(302, 403, 404);
                assertThat(refused.body()).doesNotContain("Dafydd Ŵyn", "Owain ap Rhys");
            }
            assertThat(admin.openOnce("operator/boards.xhtml").uri()).as("a board's person on the operator's page")
                    .contains("operator/sign-in.xhtml");
            assertThat(count(database, "select count(*) from safeguarding_case where tenant_id = 'gwent'"))
                    .isEqualTo(1);
        }
    }

    private static String createBoard(Browser operator, String code, String prefix, String name, boolean welsh) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("referencePrefix", prefix);
        fields.put("name", name);
        fields.put("shortName", code.substring(0, 1).toUpperCase() + code.substring(1));
        fields.put("policyTitle", "Staff social media policy");
        if (welsh) {
            fields.put("welsh", "true");
            fields.put("nameCy", "Bwrdd Diogelu Gwent – ŵ ŷ");
            fields.put("policyTitleCy", "Polisi cyfryngau cymdeithasol staff");
        }
        String police = code.substring(0, 1).toUpperCase() + code.substring(1) + " Police";
        fields.put("organisations:0:organisationName", police);
        fields.put("organisations:0:organisationKind", "POLICE");
        fields.put("organisations:0:organisationEmail", "hr@" + code + "-police.example");
        Browser.Page form = operator.open("operator/new-board.xhtml");
        long started = System.nanoTime();
        Browser.Page created = operator.submit(form, "board", fields, "create");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("HostingIT: the board " + code + " was created (organisations, chain, every process"
                + " deployed) and its next page shown in " + millis + " ms");
        assertThat(created.uri()).as(created.body()).contains("operator/invite.xhtml?board=" + code);
        assertThat(millis).as("a board joins in seconds").isLessThan(30_000);
        return created.body();
    }

    /** The invited administrator: their link, their password, their second factor; signed in at the end. */
    private static Browser enrolledPerson(StandaloneServer server, String letter, String username, String password) {
        Matcher link = LINK.matcher(letter);
        assertThat(link.find()).as(letter).isTrue();
        Browser person = new Browser(server.uri());
        Browser.Page invitation = person.open("invitation.xhtml?token=" + link.group(2));
        Browser.Page chosen = person.submit(invitation, "invitation", Map.of("chosen", password, "repeated", password),
                "accept");
        assertThat(chosen.uri()).contains("login.xhtml");
        assertThat(person.open("invitation.xhtml?token=" + link.group(2)).body()).contains("id=\"closed\"");
        Browser.Page step = person.signIn(username, password);
        assertThat(step.uri()).as("the second factor before anything else").contains("sign-in/set-up.xhtml");
        assertThat(person.openOnce("admin/board.xhtml").status()).as("nothing before it").isNotEqualTo(200);
        step = secondFactor(person, step);
        assertThat(step.uri()).doesNotContain("sign-in/");
        return person;
    }

    private static Browser.Page secondFactor(Browser person, Browser.Page setUp) {
        String secret = find(SECRET, setUp.body()).replace(" ", "");
        Browser.Page recovery = person.submit(setUp, "setUp", Map.of("code", Totp.codeAt(secret, Instant.now())),
                "confirm");
        return person.submit(recovery, "finish", Map.of(), "continue");
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern + " in " + body).isTrue();
        return matcher.group(1);
    }

    private static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }
}
