package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.base;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.chaincheck.ChainCheckTurns;
import uk.safeguardcases.application.turns.Turns;
import uk.safeguardcases.application.audit.ChainCheckView;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.audit.AuditAction;

/**
 * The product checks its own audit chain: a row changed behind its back is reported on the administrator's page,
 * through the API and by e-mail to the board's senior managers and administrators, whether the administrator asks
 * or the nightly check finds it; another board sees only its own chain, and nobody but an administrator sees any.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainCheckIT {

    private static final int SMTP_PORT = Integer.getInteger("safeguard.smtp.port", 3125);

    @Deployment
    static EnterpriseArchive deployment() throws URISyntaxException {
        EnterpriseArchive ear = Deployments.inServerWith(AuditChainCheckIT.class);
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(
                new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private AuditChainChecks checks;

    @Inject
    private ChainCheckTurns turns;

    @Inject
    private ProcessEngine engine;

    @Inject
    private TimelineService timeline;

    private GreenMail smtp;
    private Long tamperedId;
    private String originalDetail;

    @AfterEach
    void restoreTheRowAndStopTheMailServer() throws Exception {
        if (tamperedId != null) {
            setDetail(tamperedId, originalDetail);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aChangedEntryIsReportedOnThePageThroughTheApiAndByEMailThenTheCheckIsIntactOnceItIsRestored() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String ref = CaseFixtures.raise("chscb", "Siân ap Dafydd", "Sylw – “cyhoeddus” £5 🙂");
        ChainCheckView before = as("chscb.admin", () -> checks.checkNow());
        assertThat(before.intact()).as(before.toString()).isTrue();
        assertThat(before.entriesChecked()).isPositive();

        long sequence = tamper(ref, "Nothing to see here");

        Browser admin = signedIn("chscb.admin");
        Browser.Page page = admin.submit(admin.open("admin/board.xhtml"), "chain", java.util.Map.of(), "check");
        assertThat(page.body()).contains("Broken: the record has been changed outside Safeguard Cases.")
                .contains("Entry " + sequence + ": content changed after it was written")
                .contains("Adam Ali");

        HttpResponse<String> api = api("GET", "chscb.admin");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"intact\":false").contains("\"firstBrokenSequence\":" + sequence)
                .contains("\"checkedBy\":\"chscb.admin\"");

        for (String to : List.of("chscb.senior@demo.example.org", "chscb.admin@demo.example.org")) {
            MimeMessage mail = awaitMail("Audit timeline check failed", to);
            String body = GreenMailUtil.getBody(mail);
            assertThat(body).contains("City & Hackney").contains("entry " + sequence + ": content changed after it was written")
                    .contains("/admin/board.xhtml").doesNotContain("Siân").doesNotContain(ref);
        }
        assertThat(received("Audit timeline check failed")).as("no one else: not the officer, not another board")
                .allSatisfy(m -> assertThat(recipients(m)).allSatisfy(r ->
                        // The board's seniors (other tests add seniors of their own to it) and its administrator.
                        assertThat(r).matches("chscb\\.senior(\\.[0-9a-f]{6}@example\\.org|2?@demo\\.example\\.org)"
                                + "|chscb\\.admin@demo\\.example\\.org")));

        // The same break found again by the nightly check is not e-mailed again; the check is kept.
        int mails = received("Audit timeline check failed").size();
        runTheNightlyCheckOf("chscb");
        HttpResponse<String> nightly = api("GET", "chscb.admin");
        assertThat(nightly.body()).contains("\"checkedBy\":\"system\"").contains("\"intact\":false");
        assertThat(admin.open("admin/board.xhtml").body()).contains("by the nightly check");
        Waiting.waitingFor("the same break not e-mailed again").during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(4)).until(() -> received("Audit timeline check failed").size() == mails);

        // Another board: its own chain, intact; the chscb break is not visible there.
        HttpResponse<String> north = api("POST", "nscb.admin");
        assertThat(north.statusCode()).isEqualTo(200);
        assertThat(north.body()).contains("\"intact\":true").doesNotContain("chscb")
                .as("asked through the API, the whole chain is walked, from its first entry")
                .contains("\"fromSequence\":1,");
        // Only administrators.
        assertThat(api("GET", "chscb.officer").statusCode()).isEqualTo(403);
        assertThat(api("POST", "chscb.senior").statusCode()).isEqualTo(403);
        assertThat(signedIn("chscb.officer").open("admin/board.xhtml").status()).isEqualTo(403);

        setDetail(tamperedId, originalDetail);
        tamperedId = null;
        HttpResponse<String> restored = api("POST", "chscb.admin");
        assertThat(restored.body()).contains("\"intact\":true");
        assertThat(admin.open("admin/board.xhtml").body()).contains("Intact.");
    }

    @Test
    void aWholeCheckWaitsForItsTurnAndOneThatFindsNoneIsToldBusyWithNothingRecorded() throws Exception {
        List<Turns.Turn> held = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        System.setProperty("safeguard.chainCheck.waitSeconds", "1");
        try {
            for (int i = 0; i < turns.atOnce(); i++) {
                held.add(turns.take().orElseThrow());
            }
            String before = api("GET", "nscb.admin").body();

            HttpResponse<String> busy = api("POST", "nscb.admin");
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(busy.headers().firstValue("Retry-After")).contains("30");
            assertThat(busy.body()).contains("\"title\":\"Busy\"")
                    .contains("Nothing was checked: other checks of an audit chain are under way on this server. "
                            + "Ask again after 30 seconds");
            HttpResponse<String> welsh = api("POST", "nscb.admin", "cy");
            assertThat(welsh.statusCode()).isEqualTo(503);
            assertThat(welsh.body()).contains("Ni wiriwyd dim: mae gwiriadau eraill o gadwyn archwilio ar y gweill");
            // On the administrator's page: said, nothing lost, the page stays.
            Browser admin = signedIn("nscb.admin");
            Browser.Page page = admin.submit(admin.open("admin/board.xhtml"), "chain", Map.of(), "check");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Nothing was checked: other checks of an audit chain are under way on "
                    + "this server. Check again in 30 seconds.");
            assertThat(api("GET", "nscb.admin").body()).as("no check recorded while busy").isEqualTo(before);

            // A check asked for while the turn is held waits for it, and is made the moment it is given back.
            System.setProperty("safeguard.chainCheck.waitSeconds", "60");
            java.util.concurrent.Future<HttpResponse<String>> waiting = pool.submit(() -> api("POST", "nscb.admin"));
            Thread.sleep(1500);
            assertThat(waiting).as("the check waits for its turn").isNotDone();
            held.forEach(Turns.Turn::close);
            held.clear();
            HttpResponse<String> made = waiting.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
            assertThat(made.body()).contains("\"intact\":true").contains("\"fromSequence\":1,")
                    .contains("\"checkedBy\":\"nscb.admin\"");
            java.util.Optional<Turns.Turn> again = turns.take();
            assertThat(again).as("the turn given back after the check").isPresent();
            again.get().close();
        } finally {
            held.forEach(Turns.Turn::close);
            System.clearProperty("safeguard.chainCheck.waitSeconds");
            pool.shutdownNow();
        }
    }

    @Test
    void theNightlyCheckIsAJobOfEachBoardThatRecordsItsCheck() {
        List<Job> timers = engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey("audit-chain-check").list();
        // One timer per board for its next night, never two: the demo boards, deployed at every start of the server
        // (and so by every test that restarts it), are where a second deployment's timer would show. (A night's check
        // that failed keeps its own timer, due already, to be tried again beside the next night's, as Camunda does;
        // and the TestBoards of other tests are left out: tests that move the engine's clock by days let a timer still
        // running be taken up again, which in Camunda can leave a board two next nights; a clock does not jump so.)
        assertThat(timers).extracting(Job::getTenantId).contains("chscb", "nscb", "cwmtaf", "lscb");
        Date now = ClockUtil.getCurrentTime();
        assertThat(timers.stream().filter(job -> job.getDuedate().after(now))
                .filter(job -> Set.of("chscb", "nscb", "cwmtaf", "lscb").contains(job.getTenantId())).toList())
                .as("failed nightly checks: %s", timers.stream().filter(job -> job.getExceptionMessage() != null)
                        .map(job -> job.getTenantId() + ": " + job.getExceptionMessage()).toList())
                .extracting(Job::getTenantId).doesNotHaveDuplicates();
        runTheNightlyCheckOf("lscb");
        ChainCheckView latest = as("lscb.admin", () -> checks.latest());
        assertThat(latest.checked()).isTrue();
        assertThat(latest.checkedBy()).isEqualTo("system");
        assertThat(latest.intact()).isTrue();
        assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey("audit-chain-check")
                .tenantIdIn("lscb").count()).as("tomorrow night's check is due").isEqualTo(1);
    }

    @Test
    void theNightlyCheckGoesOnFromTheLastCheckpointAndWalksTheWholeChainAgainOnceAWeek() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String first = CaseFixtures.raise("cwmtaf", "Gwenllian ap Rhys", "Neges – “gyhoeddus” am £5 🙂 ŵŷ");
        ChainCheckView whole = as("cwmtaf.admin", () -> checks.checkNow());
        assertThat(whole.intact()).as(whole.toString()).isTrue();
        assertThat(whole.whole()).isTrue();
        long checkpoint = whole.entriesChecked();

        CaseFixtures.raise("cwmtaf", "Dafydd ap Gwilym", "Ail sylw – ‘dyfynnu’ 🙂");
        runTheNightlyCheckOf("cwmtaf");
        ChainCheckView night = as("cwmtaf.admin", () -> checks.latest());
        assertThat(night.checkedBy()).isEqualTo("system");
        assertThat(night.intact()).as(night.toString()).isTrue();
        assertThat(night.whole()).as("it went on from the administrator's check").isFalse();
        assertThat(night.fromSequence()).isEqualTo(checkpoint + 1);
        assertThat(night.entriesChecked()).as("only what the second case wrote").isPositive();
        assertThat(night.wholeCheckedAt()).isEqualTo(whole.checkedAt());
        long lastVerified = checkpoint + night.entriesChecked();
        assertThat(signedIn("cwmtaf.admin").open("admin/board.xhtml").body()).containsAnyOf(
                "Entries after entry " + checkpoint + ": " + night.entriesChecked() + " written since the last check",
                "Cofnodion ar ôl cofnod " + checkpoint + ": " + night.entriesChecked() + " wedi’u hysgrifennu",
                "Cofnodion ar ôl cofnod " + checkpoint + ": " + night.entriesChecked() + " wedi&#39;u hysgrifennu",
                "Cofnodion ar ôl cofnod " + checkpoint + ": " + night.entriesChecked() + " wedi'u hysgrifennu");

        // The entry the next night goes on from is read again: changed, the incremental check finds it.
        long atCheckpoint = tamper("cwmtaf", lastVerified, "Dim byd i'w weld");
        runTheNightlyCheckOf("cwmtaf");
        ChainCheckView changedCheckpoint = as("cwmtaf.admin", () -> checks.latest());
        assertThat(changedCheckpoint.intact()).isFalse();
        assertThat(changedCheckpoint.firstBrokenSequence()).isEqualTo(atCheckpoint);
        setDetail(tamperedId, originalDetail);
        tamperedId = null;

        // After a broken check the next night walks the whole chain again.
        runTheNightlyCheckOf("cwmtaf");
        ChainCheckView afterBroken = as("cwmtaf.admin", () -> checks.latest());
        assertThat(afterBroken.whole()).isTrue();
        assertThat(afterBroken.intact()).as(afterBroken.toString()).isTrue();

        // An old entry changed before the checkpoint: a night that goes on from the checkpoint does not read it,
        // but once the last whole walk is a week old the night walks the whole chain and finds it.
        CaseFixtures.raise("cwmtaf", "Nest ferch Rhys", "Trydydd – ‏מקור‏ 🙂");
        long old = tamper("cwmtaf", firstEntryOf("cwmtaf", first), "Dim byd i'w weld");
        runTheNightlyCheckOf("cwmtaf");
        ChainCheckView goneOn = as("cwmtaf.admin", () -> checks.latest());
        assertThat(goneOn.whole()).isFalse();
        assertThat(goneOn.intact()).isTrue();
        ageTheChecksOf("cwmtaf", AuditChainChecks.WHOLE_CHAIN_EVERY.plusHours(1));
        runTheNightlyCheckOf("cwmtaf");
        ChainCheckView weekly = as("cwmtaf.admin", () -> checks.latest());
        assertThat(weekly.whole()).isTrue();
        assertThat(weekly.intact()).isFalse();
        assertThat(weekly.firstBrokenSequence()).isEqualTo(old);
        setDetail(tamperedId, originalDetail);
        tamperedId = null;
        assertThat(as("cwmtaf.admin", () -> checks.checkNow()).intact()).isTrue();
    }

    /**
     * The chain cut short (its last entry deleted) and an entry added past its end (a row written behind the
     * product's back, the head left as it was) are both breaks, found and e-mailed; each put back, the chain is intact.
     */
    @Test
    void theLastEntryDeletedAndAnEntryAddedPastTheEndAreBothFound() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        TestBoard board = TestBoard.like("lscb");
        String admin = board.admin();
        for (String detail : List.of("Allwedd “gyntaf” – ŵ", "Ail – £5 🙂", "Trydydd \u200f ŷ")) {
            as(admin, () -> {
                timeline.record(null, AuditAction.API_KEY_CREATED, detail);
                return null;
            });
        }
        ChainCheckView before = as(admin, () -> checks.checkNow());
        assertThat(before.intact()).as(before.toString()).isTrue();
        Map<String, Object> last = lastEntryOf(board.id());
        long lastSequence = ((Number) last.get("SEQUENCE_NO")).longValue();

        execute("delete from timeline_entry where id = ?", last.get("ID"));
        ChainCheckView cut = as(admin, () -> checks.checkNow());
        assertThat(cut.intact()).isFalse();
        assertThat(cut.firstBrokenSequence()).isEqualTo(lastSequence);
        assertThat(cut.problem()).isEqualTo("entries removed from the end of the chain");
        assertThat(GreenMailUtil.getBody(awaitMail("Audit timeline check failed", admin + "@demo.example.org")))
                .contains("entry " + lastSequence + ": entries removed from the end of the chain");
        insertEntry(last);
        assertThat(as(admin, () -> checks.checkNow()).intact()).isTrue();

        Map<String, Object> forged = new java.util.LinkedHashMap<>(last);
        forged.put("SEQUENCE_NO", lastSequence + 1);
        forged.put("PREVIOUS_HASH", last.get("ENTRY_HASH"));
        forged.put("DETAIL", "Ni ddigwyddodd – “forged”");
        long forgedId = insertEntry(forged);
        ChainCheckView added = as(admin, () -> checks.checkNow());
        assertThat(added.intact()).isFalse();
        assertThat(added.firstBrokenSequence()).isEqualTo(lastSequence + 1);
        assertThat(added.problem()).isEqualTo("entries added past the end of the chain");
        execute("delete from timeline_entry where id = ?", forgedId);
        assertThat(as(admin, () -> checks.checkNow()).intact()).isTrue();
        // Each break told to the board's two senior managers and its administrator, once: every e-mail is in before
        // the mail server stops, so none is left to reach another test's.
        Waiting.waitingFor("six e-mails of the breaks").atMost(Duration.ofSeconds(45))
                .until(() -> received("Audit timeline check failed").size() >= 6);
        assertThat(received("Audit timeline check failed")).extracting(GreenMailUtil::getBody)
                .filteredOn(body -> body.contains("entry " + (lastSequence + 1) + ": entries added past the end"))
                .hasSize(3);
        assertThat(received("Audit timeline check failed")).hasSize(6).allSatisfy(m -> assertThat(recipients(m))
                .containsAnyOf(admin + "@demo.example.org", board.person("senior") + "@demo.example.org",
                        board.person("senior2") + "@demo.example.org"));
    }

    /** The board's last timeline entry, every column (upper-case names), as the database holds it. */
    private Map<String, Object> lastEntryOf(String board) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from timeline_entry where tenant_id = ?"
                        + " order by sequence_no desc limit 1")) {
            select.setString(1, board);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                Map<String, Object> columns = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnName(i).toUpperCase(java.util.Locale.ROOT),
                            row.getObject(i));
                }
                return columns;
            }
        }
    }

    /** Writes an entry's row as someone with database access might (a new id); answers the id. */
    private long insertEntry(Map<String, Object> entry) throws Exception {
        Map<String, Object> columns = new java.util.LinkedHashMap<>(entry);
        columns.remove("ID");
        String sql = "insert into timeline_entry (" + String.join(", ", columns.keySet()) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            int i = 1;
            for (Object value : columns.values()) {
                insert.setObject(i++, value);
            }
            assertThat(insert.executeUpdate()).isEqualTo(1);
            try (ResultSet key = insert.getGeneratedKeys()) {
                assertThat(key.next()).isTrue();
                return key.getLong(1);
            }
        }
    }

    private void execute(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private void runTheNightlyCheckOf(String board) {
        Job timer = engine.getManagementService().createJobQuery().timers().processDefinitionKey("audit-chain-check")
                .tenantIdIn(board).singleResult();
        engine.getManagementService().executeJob(timer.getId());
    }

    /** The sequence number of the first timeline entry about a case. */
    private long firstEntryOf(String board, String ref) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select min(e.sequence_no)"
                        + " from timeline_entry e join safeguarding_case c on c.id = e.case_id"
                        + " where c.tenant_id = ? and c.reference = ?")) {
            select.setString(1, board);
            select.setString(2, ref);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    /** Changes the detail of a board's entry at a sequence number, as someone with database access might. */
    private long tamper(String board, long sequence, String detail) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, detail from timeline_entry where tenant_id = ? and sequence_no = ?")) {
            select.setString(1, board);
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                tamperedId = row.getLong(1);
                originalDetail = row.getString(2);
                setDetail(tamperedId, detail);
                return sequence;
            }
        }
    }

    /** Moves a board's checks back in time, as if they had been made that long ago. */
    private void ageTheChecksOf(String board, java.time.Duration by) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, checked_at from audit_chain_check where tenant_id = ?");
                PreparedStatement update = connection.prepareStatement(
                        "update audit_chain_check set checked_at = ? where id = ?")) {
            select.setString(1, board);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    update.setObject(1, row.getObject(2, java.time.OffsetDateTime.class).minus(by));
                    update.setLong(2, row.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }

    private long tamper(String ref, String detail) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select e.id, e.detail, e.sequence_no"
                        + " from timeline_entry e join safeguarding_case c on c.id = e.case_id"
                        + " where c.tenant_id = 'chscb' and c.reference = ? order by e.sequence_no")) {
            select.setString(1, ref);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                tamperedId = row.getLong(1);
                originalDetail = row.getString(2);
                long sequence = row.getLong(3);
                setDetail(tamperedId, detail);
                return sequence;
            }
        }
    }

    /** What someone with database access might do behind the product's back. */
    private void setDetail(long id, String detail) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update timeline_entry set detail = ? where id = ?")) {
            update.setString(1, detail);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static HttpResponse<String> api(String method, String username) throws Exception {
        return api(method, username, "en");
    }

    private static HttpResponse<String> api(String method, String username, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve("api/board/audit-chain"))
                .header("Accept", "application/json").header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + CaseFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        request = "POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<MimeMessage> received(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage awaitMail(String subject, String to) {
        return Waiting.waitingFor("an e-mail '" + subject + "' to " + to).atMost(Duration.ofSeconds(45))
                .until(() -> received(subject).stream().filter(mail -> recipients(mail).contains(to)).findFirst(),
                        java.util.Optional::isPresent).get();
    }

    private static Set<String> recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? Set.of() : Arrays.stream(to).map(Address::toString).collect(Collectors.toSet());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
