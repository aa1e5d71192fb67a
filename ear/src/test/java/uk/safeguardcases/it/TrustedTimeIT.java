package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.caller;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.ChainCheckView;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.trustedtime.ChainHeadCheck;
import uk.safeguardcases.application.trustedtime.ChainHeadTimestamps;
import uk.safeguardcases.application.trustedtime.EvidenceStamping;
import uk.safeguardcases.application.trustedtime.EvidenceTime;
import uk.safeguardcases.application.trustedtime.EvidenceTimes;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * Trusted time (issue 66) against a time-stamping authority the test starts on loopback: evidence gets a token when it
 * is recorded, which {@code openssl ts -verify} checks against the evidence's SHA-256 (and refuses for one changed
 * byte), and which the referral pack's manifest lists; the nightly token of the audit chain's head finds a chain
 * rewritten in the database that its own check finds whole; with no authority answering every step completes, the
 * evidence says "no trusted time", a figure counts it, and a later retry fills it; another board's tokens are 404s.
 */
@ExtendWith(ArquillianExtension.class)
class TrustedTimeIT {

    private static final String SETTING = "safeguard.tsa.url";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(TrustedTimeIT.class, TimeStampingAuthority.class,
                TimeStampingAuthority.Answers.class);
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private org.camunda.bpm.engine.ProcessEngine engine;

    private TimeStampingAuthority authority;
    private Path folder;

    @AfterEach
    void noAuthorityAfterwards() throws IOException {
        System.clearProperty(SETTING);
        if (authority != null) {
            authority.close();
        }
        if (folder != null) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    @Test
    void evidenceIsTimestampedWhenRecordedOpensslVerifiesItAndThePackListsIt() throws Exception {
        start();
        Long organisation = caller("chscb.member").organisationId();
        CaseFixtures.WalkedCase walked = CaseFixtures.photographsPosted("chscb", organisation, "Siân ap Dafydd")
                .at(CaseStatus.REFERRED_TO_HR);
        EvidenceView item = walked.evidence().get(0);
        EvidenceTime stamped = awaitStamped("chscb", walked.reference(), item.number());
        assertThat(stamped.sha256()).isEqualTo(item.sha256());
        assertThat(stamped.authority()).isEqualTo("Loopback TSA, Safeguard Cases tests");

        byte[] token = as("chscb.officer", () -> bean(EvidenceTimes.class).tokenOf(item.id()));
        assertThat(openssl(token, item.sha256())).as("openssl ts -verify over the evidence's hash").isEqualTo(0);
        char last = item.sha256().charAt(63);
        String oneByteChanged = item.sha256().substring(0, 63) + (last == '0' ? '1' : '0');
        assertThat(openssl(token, oneByteChanged)).as("one changed byte of the hash").isNotEqualTo(0);

        ReferralPack pack = as("chscb.officer", () -> bean(ReferralService.class).packForBoard(walked.reference()));
        ReferralPack.Section manifest = pack.sections().stream()
                .filter(s -> s.heading().equals("Evidence: hashes and trusted times")).findFirst().orElseThrow();
        assertThat(manifest.facts()).anySatisfy(fact -> {
            assertThat(fact.label()).isEqualTo("Evidence " + item.number());
            assertThat(fact.value()).contains("SHA-256 " + item.sha256()).contains("Trusted time ")
                    .contains("signed by Loopback TSA, Safeguard Cases tests");
        });
        assertThat(manifest.facts()).anySatisfy(fact -> {
            assertThat(fact.label()).isEqualTo("Evidence " + item.number() + ": capture record");
            assertThat(fact.value()).contains("Seen at https://www.facebook.com/posts/4711")
                    .contains("viewed on a public page").contains("captured as text copied from the page")
                    .contains("kept as the text captured");
        });

        // The token to take away: the board's officer has it; another board's officer and the member do not.
        String path = "trusted-time/evidence.tst?id=" + item.id();
        assertThat(signedIn("chscb.officer").open(path).status()).isEqualTo(200);
        assertThat(signedIn("nscb.officer").open(path).status()).isEqualTo(404);
        assertThat(signedIn("chscb.member").open(path).status()).isEqualTo(403);
        assertThat(signedIn("chscb.officer").open("officer/case.xhtml?ref=" + walked.reference()).body())
                .contains("Trusted time of the evidence").contains(item.sha256())
                .contains("Loopback TSA, Safeguard Cases tests");
    }

    @Test
    void theNightlyTokenOfTheChainsHeadFindsAChainRewrittenInTheDatabase() throws Exception {
        start();
        TestBoard board = TestBoard.like("lscb");
        for (String detail : List.of("Allwedd “gyntaf” – ŵ", "Ail – £5 🙂", "Trydydd – ŷ")) {
            as(board.admin(), () -> {
                bean(TimelineService.class).record(null, AuditAction.API_KEY_CREATED, detail);
                return null;
            });
        }
        // Every board's night is a timer of its own, as the chain check's is.
        for (String model : List.of("chain-head-timestamp", "evidence-timestamp-retry")) {
            assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey(model)
                    .tenantIdIn("lscb").count()).as("lscb's timer of " + model).isEqualTo(1);
        }
        ChainHeadTimestamps heads = bean(ChainHeadTimestamps.class);
        assertThat(CallerContext.runAs(Caller.system(board.id()), () -> heads.stampTheHead()))
                .isEqualTo(ChainHeadTimestamps.Night.STAMPED);
        assertThat(CallerContext.runAs(Caller.system(board.id()), () -> heads.stampTheHead()))
                .as("the head has not moved since").isEqualTo(ChainHeadTimestamps.Night.UNCHANGED);
        List<ChainHeadCheck> before = as(board.admin(), () -> heads.compare());
        assertThat(before).hasSize(1).allSatisfy(c -> assertThat(c.verdict()).isEqualTo(ChainHeadCheck.Verdict.MATCHES));

        // The chain head's token verifies offline against the head entry's hash.
        long head = before.get(0).sequenceNo();
        TimelineEntry headEntry = as(board.admin(), () -> bean(TimelineRepository.class).entry(head)).orElseThrow();
        byte[] token = as(board.admin(), () -> heads.tokenOf(before.get(0).id()));
        assertThat(openssl(token, headEntry.entryHash())).isEqualTo(0);
        assertThat(signedIn("chscb.admin").open("trusted-time/chain-head.tst?id=" + before.get(0).id()).status())
                .as("another board's administrator").isEqualTo(404);

        // Someone with the database rewrites an entry and every hash after it: the chain's own check finds it whole.
        rewriteFrom(board, head - 1, "Ni ddigwyddodd dim – “rewritten”");
        ChainCheckView own = as(board.admin(), () -> bean(AuditChainChecks.class).checkNow());
        assertThat(own.intact()).as("the rewritten chain is consistent in itself: " + own).isTrue();
        List<ChainHeadCheck> after = as(board.admin(), () -> heads.compare());
        assertThat(after).hasSize(1).allSatisfy(c -> assertThat(c.verdict()).isEqualTo(ChainHeadCheck.Verdict.TAMPERED));
        Browser admin = signedIn(board.admin());
        Browser.Page page = admin.submit(admin.open("admin/trusted-time.xhtml"), "compare", java.util.Map.of(), "compare");
        assertThat(page.body()).contains("The chain has been rewritten")
                .contains("Tampered: the chain no longer matches what the authority signed");
    }

    @Test
    void withNoAuthorityAnsweringEveryStepCompletesAFigureSaysSoAndALaterRetryFillsIt() throws Exception {
        // No authority set at all: the case page and the administrator's page say so.
        String unset = CaseFixtures.raise("nscb", "Gwenllian ap Rhys", "Neges – “gyhoeddus” am £5 🙂 ŵŷ");
        CaseFixtures.triage("nscb", unset, false);
        assertThat(signedIn("nscb.admin").open("admin/trusted-time.xhtml").body())
                .contains("No time-stamping authority is set");

        start();
        authority.answering(TimeStampingAuthority.Answers.GARBAGE);
        double invalid = failures("invalid");
        String ref = CaseFixtures.awaitingRemoval("nscb", "Dafydd ap Gwilym");
        assertThat(CaseFixtures.stepOf("nscb", ref)).isEqualTo(CaseStatus.AWAITING_REMOVAL);
        Waiting.waitingFor("the garbage counted").atMost(Duration.ofSeconds(20))
                .until(() -> failures("invalid") > invalid);

        authority.close();
        double unreachable = failures("unreachable");
        EvidenceView second = CaseFixtures.captureText("nscb", ref, "Ail bost – “dyfynnu” 🙂", false);
        Waiting.waitingFor("the authority's absence counted").atMost(Duration.ofSeconds(20))
                .until(() -> failures("unreachable") > unreachable);
        List<EvidenceTime> none = as("nscb.officer", () -> bean(EvidenceTimes.class).ofCase(ref));
        assertThat(none).hasSize(2).allSatisfy(t -> assertThat(t.stamped()).isFalse());
        assertThat(signedIn("nscb.officer").open("officer/case.xhtml?ref=" + ref).body())
                .contains("No trusted time yet");

        authority = new TimeStampingAuthority();
        System.setProperty(SETTING, authority.address());
        // The retry (evidence-timestamp-retry, every ten minutes) fills what waits, the longest waiting first.
        Waiting.waitingFor("the retry to reach this case's evidence").atMost(Duration.ofSeconds(60)).until(() -> {
            CallerContext.runAs(Caller.system("nscb"), () -> bean(EvidenceStamping.class).fillWaiting());
            return as("nscb.officer", () -> bean(EvidenceTimes.class).ofCase(ref)).stream()
                    .allMatch(EvidenceTime::stamped);
        });
        assertThat(second.number()).isEqualTo(2);
    }

    private void start() throws Exception {
        authority = new TimeStampingAuthority();
        System.setProperty(SETTING, authority.address());
        folder = Files.createTempDirectory("trusted-time-it");
        authority.rootPemFile(folder);
    }

    /** The figure Prometheus reads: the authority's failures of one kind, on the management interface. */
    private static double failures(String kind) throws Exception {
        java.net.URI figures = java.net.URI.create("http://127.0.0.1:"
                + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/prometheus");
        String exposition = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(figures)
                .timeout(Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return exposition.lines().filter(line -> line.startsWith("safeguard_trusted_time_failures_total{")
                        && line.contains("kind=\"" + kind + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static EvidenceTime awaitStamped(String board, String ref, int number) {
        List<EvidenceTime> found = new ArrayList<>();
        Waiting.waitingFor("evidence " + number + " timestamped").atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            found.addAll(as(board + ".officer", () -> bean(EvidenceTimes.class).ofCase(ref)));
            return found.stream().anyMatch(t -> t.number() == number && t.stamped());
        });
        return found.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    /** {@code openssl ts -verify} of the token over the digest, against the authority's root; its exit code. */
    private int openssl(byte[] token, String sha256Hex) throws Exception {
        Path file = folder.resolve("token-" + System.nanoTime() + ".tst");
        Files.write(file, token);
        Process openssl = new ProcessBuilder("openssl", "ts", "-verify", "-digest", sha256Hex, "-in", file.toString(),
                "-token_in", "-CAfile", folder.resolve("tsa-root.pem").toString()).redirectErrorStream(true).start();
        String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return openssl.exitValue() == 0 && said.contains("Verification: OK") ? 0 : Math.max(1, openssl.exitValue());
    }

    /**
     * Rewrites the board's chain as someone with the database could: entry {@code from}'s words replaced, and its hash
     * and every later entry's recomputed and the head moved to match, so the chain is consistent in itself.
     */
    private void rewriteFrom(TestBoard board, long from, String words) throws Exception {
        List<TimelineEntry> entries = as(board.admin(), () -> bean(TimelineRepository.class)
                .entriesBetween(from - 1, Long.MAX_VALUE, 1000));
        String previous = entries.get(0).previousHash();
        try (Connection connection = dataSource.getConnection()) {
            for (TimelineEntry entry : entries) {
                String detail = entry.sequenceNo() == from ? words : entry.detail();
                TimelineEntry rewritten = TimelineEntry.chained(board.id(), entry.sequenceNo(), previous,
                        entry.caseId(), entry.actor(), entry.action(), detail, entry.occurredAt(), entry.visibility());
                try (PreparedStatement update = connection.prepareStatement("update timeline_entry set detail = ?,"
                        + " detail_digest = ?, previous_hash = ?, entry_hash = ? where tenant_id = ? and sequence_no = ?")) {
                    update.setString(1, detail);
                    update.setString(2, rewritten.detailDigest());
                    update.setString(3, previous);
                    update.setString(4, rewritten.entryHash());
                    update.setString(5, board.id());
                    update.setLong(6, entry.sequenceNo());
                    assertThat(update.executeUpdate()).isEqualTo(1);
                }
                previous = rewritten.entryHash();
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "update timeline_head set last_hash = ? where tenant_id = ?")) {
                head.setString(1, previous);
                head.setString(2, board.id());
                assertThat(head.executeUpdate()).isEqualTo(1);
            }
        }
    }
}
