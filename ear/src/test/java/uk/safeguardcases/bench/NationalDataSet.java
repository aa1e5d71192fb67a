package uk.safeguardcases.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.infrastructure.persistence.CaseIdSequence;
import uk.safeguardcases.it.SharedDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineEntry;

/**
 * The national data set (issue 18), not a test: {@code benchmarks/national.sh generate [scale]}. Every partnership
 * in England and Wales on one PostgreSQL database: 160 boards (the four demo boards and 156 more), 1,000,000 cases
 * raised over ten years (the largest board, City &amp; Hackney, 100,000; the others in a long tail), their
 * allegations, 2,000,000 evidence items (one in ten with a file), about 10,000,000 timeline entries chained per board
 * exactly as the product chains them, and 200,000 people (the members the cases are about). Most cases are closed:
 * those raised in the last year were mostly closed at triage, older ones were investigated and are kept ten years
 * from the allegation; a few in a thousand of each board are still open, and City &amp; Hackney's open cases (300)
 * are raised through the product's API, so their processes, tasks and deadlines are the engine's own.
 * <p>
 * The four demo boards' administrators publish version 1 of their policy through their page, and every member of
 * those boards (49,976) is asked to declare it, as on any board that has asked its members; so the run command's
 * first start on the data set asks no one.
 * <p>
 * Fixtures the benchmarks use: a case with 300 timeline entries and 50 evidence items ({@value #BIG_CASE_SUMMARY}),
 * and a member in 50 cases ({@value #FIFTY_CASES_USERNAME}).
 * <p>
 * The server (the EAR as it ships, on the database given by {@code it.db.url}) runs the migrations and makes the
 * demo boards; the rows are then written by PostgreSQL's COPY from this JVM, a board at a time in chunks of
 * {@value #CHUNK} cases, each chunk a transaction. {@code bench.scale} (1.0) scales every count; {@code bench.boards}
 * (160) sets the number of boards, the cases spread over them in the same long tail.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // a deployment of its own, as the benchmarks that measure its data have
@RunAsClient
class NationalDataSet {

    static final String LARGEST = "chscb";
    static final String BIG_CASE_SUMMARY = "National data set: the case with 300 timeline entries and 50 evidence items";
    static final String FIFTY_CASES_USERNAME = "chscb.national.fifty";
    /** 160, every partnership in England and Wales; {@code -Dbench.boards} (at most 999) to weigh a node by boards. */
    static final int BOARDS = Integer.getInteger("bench.boards", 160);

    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
    private static final int LARGEST_CASES = (int) (100_000 * SCALE);
    private static final int OTHER_CASES = (int) (900_000 * SCALE);
    private static final int OPEN_VIA_API = Integer.getInteger("bench.openCases", 300);
    private static final int CHUNK = 10_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String[] DEMO = {"chscb", "nscb", "cwmtaf", "lscb"};
    private static final String[] FIRST = {"Alex", "Bryony", "Cai", "Dee", "Eli", "Fay", "Gus", "Hana", "Ifan", "Jo",
        "Kiran", "Lowri", "Mo", "Nia", "Owen", "Priya", "Rhys", "Sam", "Tomos", "Una", "Vik", "Wyn", "Yusuf", "Zoe",
        "Siân", "Gwenllian", "Dafydd", "Ŵyn", "Aoife", "Zainab"};
    private static final String[] LAST = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
        "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
        "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "ap Rhys", "O’Brien", "Khan", "Nowak"};
    private static final String[] SOURCES = {"MONITORING", "MONITORING", "MONITORING", "PUBLIC_COMPLAINT",
        "PUBLIC_COMPLAINT", "COLLEAGUE_REPORT", "COLLEAGUE_REPORT", "SELF_REPORT", "PRESS_ENQUIRY", "MANUAL"};
    private static final String[] CATEGORIES = {"CONFIDENTIALITY", "REPUTATION", "OFFENSIVE_CONTENT", "HARASSMENT",
        "IMAGES_WITHOUT_CONSENT", "CONTACT_WITH_SERVICE_USERS", "SPEAKING_WITHOUT_AUTHORITY", "OTHER"};
    private static final String[] PLATFORMS = {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK", "LINKEDIN", "OTHER"};
    private static final String[] OPEN_STATUSES = {"AWAITING_TRIAGE", "GATHERING_EVIDENCE", "AWAITING_REMOVAL",
        "DECIDING_OUTCOME", "AWAITING_HR_OUTCOME"};
    private static final String[] ORGANISATIONS = {"County Council", "NHS Trust", "Police", "Academy Trust",
        "Housing Association", "Youth Service"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new java.io.File(System.getProperty("ear.file")));
    }

    @Test
    void generate() throws Exception {
        String url = System.getProperty("it.db.url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("the national data set is for PostgreSQL (-Pit-postgresql): " + url);
        }
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("it.db.user"),
                System.getProperty("it.db.password"))) {
            if (count(connection, "select count(*) from board") >= BOARDS) {
                System.out.printf("BENCHMARK national data set: already generated in %s (%,d cases)%n", url,
                        count(connection, "select count(*) from safeguarding_case"));
                return;
            }
            long start = System.nanoTime();
            Generator generator = new Generator(connection);
            generator.boards();
            generator.allCases();
            System.out.printf("BENCHMARK national data set: rows written in %.0f s%n",
                    (System.nanoTime() - start) / 1e9);
            long apiStart = System.nanoTime();
            raiseOpenCasesThroughTheApi(connection);
            System.out.printf("BENCHMARK national data set: %d open cases raised through the API in %.0f s%n",
                    OPEN_VIA_API, (System.nanoTime() - apiStart) / 1e9);
            long askStart = System.nanoTime();
            long asked = askTheDemoBoardsMembers(connection);
            System.out.printf("BENCHMARK national data set: the demo boards' %,d members asked to declare in %.0f s%n",
                    asked, (System.nanoTime() - askStart) / 1e9);
            long analyzeStart = System.nanoTime();
            connection.setAutoCommit(true);
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("vacuum analyze");
            }
            System.out.printf("BENCHMARK national data set: vacuum analyze %.0f s%n",
                    (System.nanoTime() - analyzeStart) / 1e9);
            for (String table : List.of("board", "safeguarding_case", "allegation", "evidence", "evidence_file",
                    "timeline_entry", "person")) {
                System.out.printf("BENCHMARK national data set | %s | %,d rows |%n", table,
                        count(connection, "select count(*) from " + table));
            }
            try (Statement size = connection.createStatement();
                    ResultSet row = size.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                row.next();
                System.out.printf("BENCHMARK national data set | database size | %s |%n", row.getString(1));
            }
            System.out.printf("BENCHMARK national data set: done in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    /** City & Hackney's open cases, raised by its officer through the API: real processes with real tasks. */
    private static void raiseOpenCasesThroughTheApi(Connection connection) throws Exception {
        List<Long> organisations = ids(connection, "parent_organisation", LARGEST);
        URI base = URI.create("http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 100)) + "/");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                "chscb.officer:Safeguard-Demo-2026".getBytes(StandardCharsets.UTF_8));
        Random random = new Random(300);
        for (int i = 0; i < OPEN_VIA_API; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String json = "{\"subjectName\":\"" + name.replace("\"", "") + "\",\"organisationId\":"
                    + organisations.get(random.nextInt(organisations.size())) + ",\"source\":\""
                    + SOURCES[random.nextInt(SOURCES.length)] + "\",\"summary\":\"A post – “not what the board"
                    + " expects” – about a family " + name.replace("\"", "") + " works with.\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("api/cases"))
                    .header("Authorization", auth).header("Content-Type", "application/json; charset=utf-8")
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("raising an open case answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
    }

    /**
     * Each demo board's administrator publishes version 1 of its policy, as the run command's first start does for a
     * demo board without one ({@code DemoCases}), through the administrator's page; the board's process then asks
     * every member to declare it, in batches, and this waits until it has. Done here, the data set is as a board
     * that asked its members has it, and the run command's first start on it asks no one: before, that start asked
     * the demo boards' 49,976 members for four minutes, and the working day needed a second start.
     */
    private static long askTheDemoBoardsMembers(Connection connection) throws Exception {
        URI base = URI.create("http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 100)) + "/");
        LocalDate start = LocalDate.now(UK).withDayOfYear(1);
        for (String board : DEMO) {
            String admin = board + ".admin";
            BenchHttp http = BenchHttp.signedIn(base, admin);
            BenchHttp.Page form = http.open("admin/declarations.xhtml");
            BenchHttp.Page published = http.submit(form, "publish", Map.of(
                    "title", text(connection, "select policy_title from board where id = ?", board),
                    "effectiveFrom", start.toString(), "reviewDate", start.plusYears(1).minusDays(1).toString(),
                    "owner", text(connection, "select id from person where username = ?", admin)), "publish-version");
            if (count(connection, "select count(*) from policy_version where tenant_id = '" + board + "'") != 1) {
                throw new IllegalStateException(board + "'s policy version was not published; the page said: "
                        + published.body().replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " "));
            }
        }
        String notYetAsked = "select count(*) from person p join person_role r on r.person_id = p.id and r.role = 'member'"
                + " where p.tenant_id in ('" + String.join("', '", DEMO) + "') and p.active"
                + " and p.organisation_id is not null and not exists (select 1 from declaration d"
                + " where d.person_id = p.id)";
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        long left;
        while ((left = count(connection, notYetAsked)) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(left + " members of the demo boards not asked after 30 minutes");
            }
            Thread.sleep(5_000);
        }
        return count(connection, "select count(*) from declaration where tenant_id in ('"
                + String.join("', '", DEMO) + "')");
    }

    private static String text(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("nothing for " + parameter + ": " + sql);
                }
                return row.getString(1);
            }
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<Long> ids(Connection connection, String table, String board) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from " + table + " where tenant_id = ? order by id")) {
            select.setString(1, board);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Writes the rows; holds the next id of each table (ids are given here, the identities moved past them after). */
    private static final class Generator {

        private final Connection connection;
        private final CopyManager copy;
        private final Random random = new Random(18);
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private final LocalDate today = LocalDate.now(UK);
        private final Map<String, Integer> sizes = new LinkedHashMap<>();
        private long nextCase;
        private long nextPerson;
        private long nextEvidence;
        private long nextFile;
        private long cases;
        private long entries;
        private long evidence;
        private long allegations;
        private long people;

        Generator(Connection connection) throws SQLException {
            this.connection = connection;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            // Above every id the cases' sequence has handed out too (a server holds a block of them), and at the end
            // the sequence is moved on past the ids written here.
            nextCase = count(connection, "select greatest(coalesce(max(id), 0), (select last_value from "
                    + CaseIdSequence.NAME + ")) from safeguarding_case") + 1;
            nextPerson = count(connection, "select coalesce(max(id), 0) from person") + 1;
            nextEvidence = count(connection, "select coalesce(max(id), 0) from evidence") + 1;
            nextFile = count(connection, "select coalesce(max(id), 0) from evidence_file") + 1;
        }

        /** The 156 boards beside the demo's four, each with its organisations and clauses; every board's size. */
        void boards() throws Exception {
            connection.setAutoCommit(false);
            try (PreparedStatement board = connection.prepareStatement("insert into board (id, name, short_name,"
                    + " reference_prefix, policy_title, primary_colour, accent_colour) values (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement organisation = connection.prepareStatement("insert into parent_organisation"
                            + " (tenant_id, name, kind, hr_email) values (?, ?, ?, ?)");
                    PreparedStatement clause = connection.prepareStatement("insert into policy_clause (tenant_id,"
                            + " reference, section, clause_text, sort_order) values (?, ?, ?, ?, ?)");
                    PreparedStatement head = connection.prepareStatement("insert into timeline_head (tenant_id,"
                            + " last_seq, last_hash) values (?, 0, ?)")) {
                for (int b = 1; b <= BOARDS - DEMO.length; b++) {
                    String id = String.format("nat%03d", b);
                    board.setString(1, id);
                    board.setString(2, "Safeguarding Partnership " + b + " – “national” data set");
                    board.setString(3, "SP " + b);
                    board.setString(4, String.format("NP%03d", b));
                    board.setString(5, "Staff social media policy");
                    board.setString(6, "#1d4f91");
                    board.setString(7, "#ffbf47");
                    board.addBatch();
                }
                board.executeBatch();
                for (int b = 1; b <= BOARDS - DEMO.length; b++) {
                    String id = String.format("nat%03d", b);
                    for (String kind : ORGANISATIONS) {
                        organisation.setString(1, id);
                        organisation.setString(2, "SP " + b + " " + kind);
                        organisation.setString(3, "OTHER");
                        organisation.setString(4, "hr@" + id + ".example.org");
                        organisation.addBatch();
                    }
                    for (int c = 1; c <= 12; c++) {
                        clause.setString(1, id);
                        clause.setString(2, "4." + c);
                        clause.setString(3, "Conduct online");
                        clause.setString(4, "Members must not post anything that could identify a child or family"
                                + " they work with (clause " + c + ").");
                        clause.setInt(5, c);
                        clause.addBatch();
                    }
                    head.setString(1, id);
                    head.setString(2, TimelineEntry.GENESIS);
                    head.addBatch();
                }
                organisation.executeBatch();
                clause.executeBatch();
                head.executeBatch();
            }
            connection.commit();
            // The largest board, then a long tail: board i of the other 159 in proportion to 1 / i^0.7.
            sizes.put(LARGEST, LARGEST_CASES);
            List<String> others = new ArrayList<>(List.of(DEMO).subList(1, DEMO.length));
            for (int b = 1; b <= BOARDS - DEMO.length; b++) {
                others.add(String.format("nat%03d", b));
            }
            double total = 0;
            for (int i = 1; i <= others.size(); i++) {
                total += Math.pow(i, -0.7);
            }
            for (int i = 1; i <= others.size(); i++) {
                sizes.put(others.get(i - 1), (int) Math.round(OTHER_CASES * Math.pow(i, -0.7) / total));
            }
        }

        void allCases() throws Exception {
            for (Map.Entry<String, Integer> board : sizes.entrySet()) {
                long start = System.nanoTime();
                board(board.getKey(), board.getValue());
                if (board.getKey().equals(LARGEST) || cases % 100_000 < board.getValue()) {
                    System.out.printf("national data set: %s %,d cases in %.0f s; %,d cases, %,d entries so far%n",
                            board.getKey(), board.getValue(), (System.nanoTime() - start) / 1e9, cases, entries);
                }
            }
            for (String table : List.of("safeguarding_case", "person", "evidence", "evidence_file", "allegation",
                    "timeline_entry")) {
                try (Statement statement = connection.createStatement()) {
                    // Never back: a sequence may already have handed out more than the table holds.
                    statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest("
                            + "(select max(id) from " + table + "), (select last_value from "
                            + "pg_sequences where schemaname || '.' || sequencename = pg_get_serial_sequence('" + table
                            + "', 'id'))))");
                }
            }
            connection.commit();
            System.out.printf("BENCHMARK national data set: %,d cases, %,d allegations, %,d evidence items, %,d"
                    + " timeline entries, %,d people over %d boards%n", cases, allegations, evidence, entries, people,
                    sizes.size());
        }

        private void board(String board, int size) throws Exception {
            List<Long> organisations = ids(connection, "parent_organisation", board);
            List<Long> clauses = ids(connection, "policy_clause", board);
            String prefix;
            try (PreparedStatement select = connection.prepareStatement(
                    "select reference_prefix from board where id = ?")) {
                select.setString(1, board);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    prefix = row.getString(1);
                }
            }
            // The members the cases are about: one for every five cases; on the largest board, one in fifty.
            int memberCount = Math.max(5, size / 5);
            long firstMember = nextPerson;
            StringBuilder rows = new StringBuilder();
            for (int m = 0; m < memberCount; m++) {
                long id = nextPerson++;
                String name = m == 0 && board.equals(LARGEST) ? "Gwenllian ap Rhys-Fifty"
                        : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                String username = m == 0 && board.equals(LARGEST) ? FIFTY_CASES_USERNAME : board + ".national." + m;
                csv(rows, id, board, username, "!national-data-set-no-password", name, username + "@example.org",
                        organisations.get(random.nextInt(organisations.size())), "t", iso(now));
                if (rows.length() > 4_000_000) {
                    copyIn("person (id, tenant_id, username, password_hash, display_name, email, organisation_id,"
                            + " active, created_at)", rows);
                }
            }
            copyIn("person (id, tenant_id, username, password_hash, display_name, email, organisation_id, active,"
                    + " created_at)", rows);
            try (PreparedStatement role = connection.prepareStatement("insert into person_role (person_id, role)"
                    + " select id, 'member' from person where id between ? and ?")) {
                role.setLong(1, firstMember);
                role.setLong(2, nextPerson - 1);
                role.executeUpdate();
            }
            people += memberCount;
            connection.commit();
            Map<Long, String> names = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, display_name from person where id between ? and ?")) {
                select.setLong(1, firstMember);
                select.setLong(2, nextPerson - 1);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        names.put(row.getLong(1), row.getString(2));
                    }
                }
            }

            // Raised over ten years, in order (references by year, as the product gives them).
            long tenYears = Duration.ofDays(3650 - 2).getSeconds();
            List<Instant> raised = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                raised.add(now.minus(Duration.ofDays(2)).minusSeconds((long) (random.nextDouble() * tenYears)));
            }
            raised.sort(null);
            long sequence;
            String previous;
            try (PreparedStatement head = connection.prepareStatement(
                    "select last_seq, last_hash from timeline_head where tenant_id = ? for update")) {
                head.setString(1, board);
                try (ResultSet row = head.executeQuery()) {
                    row.next();
                    sequence = row.getLong(1);
                    previous = row.getString(2);
                }
            }
            Map<Integer, Integer> perYear = new HashMap<>();
            int bigCase = board.equals(LARGEST) ? size / 2 : -1;
            StringBuilder caseRows = new StringBuilder();
            StringBuilder fileRows = new StringBuilder();
            StringBuilder evidenceRows = new StringBuilder();
            StringBuilder allegationRows = new StringBuilder();
            StringBuilder entryRows = new StringBuilder();
            String officer = board + ".officer";
            String senior = board + ".senior";
            for (int i = 0; i < size; i++) {
                long caseId = nextCase++;
                Instant at = raised.get(i);
                int year = at.atZone(UK).getYear();
                String reference = String.format("%s-%d-%04d", prefix, year, 100_000 + perYear.merge(year, 1,
                        Integer::sum));
                long member = board.equals(LARGEST) && size >= 500 && i % (size / 50) == 7 && i / (size / 50) < 50 ? firstMember
                        : firstMember + 1 + random.nextInt(memberCount - 1);
                String name = names.get(member);
                boolean recent = at.isAfter(now.minus(Duration.ofDays(365)));
                boolean open = !board.equals(LARGEST) && at.isAfter(now.minus(Duration.ofDays(60)))
                        && random.nextInt(1000) < 40;
                boolean investigated = !recent || random.nextInt(10) < 3;
                Instant closed = at.plus(Duration.ofDays(investigated ? 30 + random.nextInt(90) : 3 + random.nextInt(18)));
                if (closed.isAfter(now)) {
                    closed = now.minus(Duration.ofHours(1));
                }
                LocalDate keepUntil = investigated ? at.atZone(UK).toLocalDate().plusYears(10)
                        : closed.atZone(UK).toLocalDate().plusMonths(12);
                if (keepUntil.isBefore(today.plusDays(1))) {
                    keepUntil = today.plusDays(1);
                }
                String outcome = investigated ? (random.nextBoolean() ? "NO_BREACH" : "ADVICE_AND_GUIDANCE") : null;
                csv(caseRows, caseId, board, reference, name, member,
                        organisations.get(random.nextInt(organisations.size())), SOURCES[random.nextInt(SOURCES.length)],
                        i == bigCase ? BIG_CASE_SUMMARY : "A post by " + name + " about a family the member works"
                                + " with – seen by a colleague, who said it was “not OK”.",
                        open ? OPEN_STATUSES[random.nextInt(OPEN_STATUSES.length)] : "CLOSED", officer, iso(at),
                        iso(at.minus(Duration.ofDays(1))),
                        "https://social.example/posts/" + reference.toLowerCase(Locale.UK),
                        open ? null : officer, open ? null : investigated ? "INVESTIGATE" : "NO_FURTHER_ACTION",
                        open ? null : "f", open ? null : "Spoke to " + name + "’s manager; see the post.",
                        investigated && !open ? senior : null, investigated && !open ? officer : null,
                        open ? null : outcome,
                        investigated && !open ? name + " removed the post when asked; no further concern." : null,
                        open ? null : outcome == null ? "NO_FURTHER_ACTION" : outcome,
                        open ? null : iso(closed), open ? null : keepUntil.toString(),
                        open ? null : investigated ? "TEN_YEARS_FROM_ALLEGATION" : "CLOSED_AT_TRIAGE",
                        open ? null : "Closed: " + name + "’s post was looked at; " + (investigated
                                ? "the member was given advice." : "nothing more was needed."));
                cases++;
                // Allegations: one, sometimes two.
                int allegationCount = random.nextInt(10) < 8 ? 1 : 2;
                for (int a = 0; a < allegationCount; a++) {
                    csv(allegationRows, board, caseId, clauses.get(random.nextInt(clauses.size())),
                            CATEGORIES[random.nextInt(CATEGORIES.length)], random.nextBoolean() ? "LOW" : "MEDIUM",
                            name + " posted about a service user’s family.", officer,
                            iso(at.plus(Duration.ofHours(1))));
                }
                allegations += allegationCount;
                // Evidence: one to three items (fifty on the big case), one in ten with a saved page as its file.
                int evidenceCount = i == bigCase ? 50 : 1 + random.nextInt(3);
                for (int e = 1; e <= evidenceCount; e++) {
                    Instant captured = at.plus(Duration.ofHours(2 + e));
                    String text = "A post by " + name + " (" + reference + ", item " + e + "): “not what the board"
                            + " expects” – £5 raised for the family.";
                    String fileId = null;
                    String sha;
                    if (random.nextInt(10) == 0) {
                        byte[] content = ("<!doctype html><title>Saved page</title><p>" + text + "</p>")
                                .getBytes(StandardCharsets.UTF_8);
                        sha = sha256(content);
                        long file = nextFile++;
                        csv(fileRows, file, board, sha, "\\x" + HexFormat.of().formatHex(content));
                        fileId = Long.toString(file);
                        csv(evidenceRows, nextEvidence++, board, caseId, "https://social.example/posts/"
                                + reference.toLowerCase(Locale.UK) + "/" + e, PLATFORMS[random.nextInt(PLATFORMS.length)],
                                text, fileId, "saved-page.html", "text/html", content.length, sha,
                                iso(captured.minus(Duration.ofMinutes(10))), iso(captured), officer,
                                "PUBLIC_PAGE_VIEWED", "t", e, "OFFICER");
                    } else {
                        sha = sha256(text.getBytes(StandardCharsets.UTF_8));
                        csv(evidenceRows, nextEvidence++, board, caseId, "https://social.example/posts/"
                                + reference.toLowerCase(Locale.UK) + "/" + e, PLATFORMS[random.nextInt(PLATFORMS.length)],
                                text, null, null, null, null, sha, iso(captured.minus(Duration.ofMinutes(10))),
                                iso(captured), officer, "PUBLIC_PAGE_VIEWED", "t", e, "OFFICER");
                    }
                }
                evidence += evidenceCount;
                // The timeline, chained after the board's last entry exactly as the product chains it.
                List<Object[]> lines = new ArrayList<>();
                lines.add(new Object[] {AuditAction.CONCERN_RAISED, officer, "Concern about " + name + " raised", at});
                for (int a = 0; a < allegationCount; a++) {
                    lines.add(new Object[] {AuditAction.ALLEGATION_RECORDED, officer, "Allegation " + (a + 1)
                            + " recorded: a post about a service user’s family", at.plus(Duration.ofHours(1))});
                }
                for (int e = 1; e <= evidenceCount; e++) {
                    lines.add(new Object[] {AuditAction.EVIDENCE_CAPTURED, officer, "Evidence " + e + " captured",
                            at.plus(Duration.ofHours(2 + e))});
                }
                if (!open) {
                    Instant t = at.plus(Duration.ofDays(1));
                    lines.add(new Object[] {AuditAction.TRIAGE_RECORDED, officer, investigated ? "Investigate"
                            : "No further action", t});
                    if (investigated) {
                        lines.add(new Object[] {AuditAction.INVESTIGATION_AUTHORISED, senior, "Authorised", t.plus(
                                Duration.ofHours(3))});
                        lines.add(new Object[] {AuditAction.REMOVAL_REQUEST_SENT, officer, "Removal requested within"
                                + " 5 working days", t.plus(Duration.ofDays(1))});
                        lines.add(new Object[] {AuditAction.REMOVAL_REQUEST_ANSWERED, name, "Removed – “sorry”",
                                t.plus(Duration.ofDays(3))});
                        lines.add(new Object[] {AuditAction.COOPERATION_RECORDED, officer, "Co-operated", t.plus(
                                Duration.ofDays(4))});
                        lines.add(new Object[] {AuditAction.OUTCOME_DECIDED, officer, outcome, t.plus(
                                Duration.ofDays(20))});
                    }
                    int extra = i == bigCase ? 300 - lines.size() - 1 : 0;
                    for (int x = 0; x < extra; x++) {
                        lines.add(new Object[] {AuditAction.TASK_ASSIGNED, officer, "Task assigned (" + (x + 1)
                                + ")", t.plus(Duration.ofMinutes(x + 1))});
                    }
                    lines.add(new Object[] {AuditAction.CASE_CLOSED, officer, "Closed", closed});
                }
                for (Object[] line : lines) {
                    AuditAction action = (AuditAction) line[0];
                    Instant when = ((Instant) line[3]).truncatedTo(ChronoUnit.SECONDS);
                    String detail = (String) line[2];
                    TimelineEntry entry = TimelineEntry.chained(board, ++sequence, previous, caseId, (String) line[1],
                            action.label(), detail, when, action.visibility());
                    csv(entryRows, board, sequence, caseId, line[1], action.label(), detail, iso(when), previous,
                            entry.entryHash(), action.visibility().name(), sha256(detail.getBytes(StandardCharsets.UTF_8)),
                            3);
                    previous = entry.entryHash();
                    entries++;
                }
                if ((i + 1) % CHUNK == 0 || i == size - 1) {
                    copyIn("safeguarding_case (id, tenant_id, reference, subject_name, subject_person_id,"
                            + " organisation_id, source, summary, status, raised_by, raised_at, occurred_at,"
                            + " content_url, triaged_by, triage_decision, harm_threshold_met, triage_note,"
                            + " authorised_by, decided_by, outcome, decision_findings, closure_reason, closed_at,"
                            + " retention_until, retention_basis, closure_summary)", caseRows);
                    copyIn("evidence_file (id, tenant_id, content_sha256, content)", fileRows);
                    copyIn("evidence (id, tenant_id, case_id, url, platform, captured_text, file_id, file_name,"
                            + " content_type, file_size, content_sha256, captured_at, recorded_at, captured_by,"
                            + " capture_method, open_method_declared, number_in_case, supplied_by)", evidenceRows);
                    copyIn("allegation (tenant_id, case_id, clause_id, category, severity, particulars, recorded_by,"
                            + " recorded_at)", allegationRows);
                    copyIn("timeline_entry (tenant_id, sequence_no, case_id, actor, action, detail, occurred_at,"
                            + " previous_hash, entry_hash, visibility, detail_digest, hash_format)", entryRows);
                    try (PreparedStatement head = connection.prepareStatement(
                            "update timeline_head set last_seq = ?, last_hash = ? where tenant_id = ?")) {
                        head.setLong(1, sequence);
                        head.setString(2, previous);
                        head.setString(3, board);
                        head.executeUpdate();
                    }
                    connection.commit();
                    if (i < size - 1) {
                        try (PreparedStatement head = connection.prepareStatement(
                                "select last_seq from timeline_head where tenant_id = ? for update")) {
                            head.setString(1, board);
                            head.executeQuery().close();
                        }
                    }
                }
            }
            // The product's reference counter goes on after the highest reference given here.
            try (PreparedStatement counter = connection.prepareStatement("insert into case_reference_counter"
                    + " (tenant_id, counter_year, last_value) values (?, ?, ?) on conflict (tenant_id, counter_year)"
                    + " do update set last_value = greatest(case_reference_counter.last_value, excluded.last_value)")) {
                for (Map.Entry<Integer, Integer> year : perYear.entrySet()) {
                    counter.setString(1, board);
                    counter.setInt(2, year.getKey());
                    counter.setInt(3, 100_000 + year.getValue());
                    counter.addBatch();
                }
                counter.executeBatch();
            }
            connection.commit();
        }

        private void copyIn(String table, StringBuilder rows) throws Exception {
            if (rows.length() == 0) {
                return;
            }
            copy.copyIn("copy " + table + " from stdin (format csv)", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    /** One CSV line: null as nothing, everything else quoted. */
    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value != null) {
                out.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static String iso(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
