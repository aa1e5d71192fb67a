package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.investigation.CaseRetention;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.leaving.BoardLeaving;
import uk.safeguardcases.application.leaving.ErasureCertificate;
import uk.safeguardcases.application.leaving.ErasureRefusedException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.infrastructure.time.ServerClock;

/**
 * A board leaves (issue 62): its administrator exports its whole record (every case, every file as kept, each with its
 * SHA-256 in the manifest, no other board's row, no credential); asks for its erasure; a second administrator (or the
 * hosting operator, never the asker) confirms it after 30 days; then no table holds a row of the board, none of its
 * files remains, the certificate stays, and every other board's rows and audit chain are as they were. A legal hold
 * stops it and names the case; another board's administrator can do none of it for the board.
 */
@ExtendWith(ArquillianExtension.class)
class BoardLeavingIT {

    private static final Duration PAST_THE_WAIT = Duration.ofDays(31);

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(BoardLeavingIT.class);
    }

    @Test
    void theExportHoldsEveryCaseAndEveryFileAsKeptAndNothingOfAnotherBoard() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        String withFiles = caseWithFiles(board, "Gwenllïan Ŵyn");
        String referred = CaseFixtures.a(board.id()).about("Siôn Ŷr Efail").at(CaseStatus.REFERRED_TO_HR).reference();
        String closed = CaseFixtures.closedAtTriage(board.id(), "Dafydd “Dai” Llŷr");

        byte[] zip = as(board.admin(), () -> export(out -> bean(BoardLeaving.class).export(out)));
        Map<String, byte[]> files = unzip(zip);

        JsonObject manifest = json(files.get("manifest.json")).asJsonObject();
        assertThat(manifest.getString("board")).isEqualTo(board.id());
        Map<String, String> listed = new TreeMap<>();
        for (JsonValue file : manifest.getJsonArray("files")) {
            listed.put(file.asJsonObject().getString("path"), file.asJsonObject().getString("sha256"));
        }
        assertThat(listed.keySet()).as("every file in the ZIP is in the manifest, and no other")
                .containsExactlyInAnyOrderElementsOf(files.keySet().stream().filter(p -> !p.equals("manifest.json")
                        && !p.equals("manifest.json.p7s")).toList());
        listed.forEach((path, sha256) -> assertThat(sha256(files.get(path))).as(path).isEqualTo(sha256));
        // Issue 66: the manifest is signed beside it (a detached CMS signature), so it vouches for every file.
        org.bouncycastle.cms.CMSSignedData signature = new org.bouncycastle.cms.CMSSignedData(
                new org.bouncycastle.cms.CMSProcessableByteArray(files.get("manifest.json")),
                files.get("manifest.json.p7s"));
        org.bouncycastle.cms.SignerInformation signer = signature.getSignerInfos().getSigners().iterator().next();
        java.security.cert.X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate((org.bouncycastle.cert.X509CertificateHolder) signature.getCertificates()
                        .getMatches(signer.getSID()).iterator().next());
        assertThat(signer.verify(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder()
                .build(certificate))).as("the manifest's signature").isTrue();

        List<String> references = strings("select reference from safeguarding_case where tenant_id = ?", board.id());
        assertThat(references).containsExactlyInAnyOrder(withFiles, referred, closed);
        for (String reference : references) {
            JsonObject file = json(files.get("cases/" + reference + ".json")).asJsonObject();
            assertThat(file.getJsonObject("case").getString("reference")).isEqualTo(reference);
            assertThat(file.getJsonArray("timeline_entry")).as(reference + "'s timeline").isNotEmpty();
        }
        assertThat(new String(files.get("cases/" + withFiles + ".json"), StandardCharsets.UTF_8))
                .as("Welsh survives").contains("Gwenllïan Ŵyn");
        assertThat(json(files.get("tables/safeguarding_case.json")).asJsonArray()).hasSize(3);

        Map<String, String> evidenceFiles = pairs("select id, content_sha256 from evidence_file where tenant_id = ?",
                board.id());
        assertThat(evidenceFiles).hasSize(2);
        evidenceFiles.forEach((id, sha256) -> assertThat(listed.get("files/evidence_file/" + id + ".png"))
                .as("evidence file " + id + " as kept").isEqualTo(sha256));
        Map<String, String> packs = pairs("select id, sha256 from sent_referral_pack where tenant_id = ?", board.id());
        assertThat(packs).as("the referral pack as sent").isNotEmpty();
        packs.forEach((id, sha256) -> assertThat(listed.get("files/sent_referral_pack/" + id + ".pdf"))
                .isEqualTo(sha256));
        JsonArray evidence = json(files.get("cases/" + withFiles + ".json")).asJsonObject().getJsonArray("evidence");
        assertThat(evidence).as("a post's text and two screenshots").hasSize(3);
        assertThat(evidence.stream().map(JsonValue::asJsonObject).filter(e -> e.containsKey("file"))
                .map(e -> e.getJsonObject("file").getString("sha256")).toList())
                .as("each screenshot's row names its file").containsExactlyInAnyOrderElementsOf(evidenceFiles.values());

        // Only this board's rows: every row of every table carries its id, or belongs to a row that does.
        for (String path : files.keySet().stream().filter(p -> p.startsWith("tables/")).toList()) {
            for (JsonValue row : json(files.get(path)).asJsonArray()) {
                if (row.asJsonObject().containsKey("tenant_id")) {
                    assertThat(row.asJsonObject().getString("tenant_id")).as(path).isEqualTo(board.id());
                }
            }
        }
        String all = new String(zip, StandardCharsets.ISO_8859_1) + files.values().stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).reduce("", String::concat);
        assertThat(all).as("no credential leaves").doesNotContain(strings(
                "select password_hash from person where tenant_id = ?", board.id()).toArray(String[]::new));
        assertThat(json(files.get("tables/person.json")).asJsonArray())
                .allSatisfy(p -> assertThat(p.asJsonObject()).doesNotContainKeys("password_hash", "totp_secret"));
        assertThat(json(files.get("tables/person_role.json")).asJsonArray()).as("a parent's child table")
                .isNotEmpty();
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(5)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("Board's whole record exported"));

        // Through the page's link, streamed.
        var download = CaseFixtures.signedIn(board.admin()).download("admin/leaving-export.zip");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(unzip(download.body())).containsKeys("manifest.json", "cases/" + closed + ".json");
    }

    @Test
    void erasureWaitsForThePeriodAndASecondAdministratorThenNoTableHoldsARowOfTheBoard() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        TestBoard neighbour = TestBoard.like("lscb");
        caseWithFiles(board, "Rhiannon Ŵyn");
        String closed = CaseFixtures.closedAtTriage(board.id(), "Iolo “Io” Prŷs");
        caseWithFiles(neighbour, "Neighbour Ŷ");
        String second = anotherAdmin(board);
        String prefix = prefix(board);
        List<Long> people = longs("select id from person where tenant_id = ?", board.id());
        List<Long> evidenceFiles = longs("select id from evidence_file where tenant_id = ?", board.id());
        long files = storedFiles(board.id());
        assertThat(files).isEqualTo(2);

        assertThatThrownBy(() -> as(board.admin(), () -> bean(BoardLeaving.class).askForErasure("CHSCB", null)))
                .as("the board's prefix, not another's").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("typed"));
        as(board.admin(), () -> bean(BoardLeaving.class).askForErasure(" " + prefix.toLowerCase(Locale.ROOT) + " ",
                "Contract ends – “Ŵ” ŷ."));
        assertThat(as(board.admin(), () -> bean(BoardLeaving.class).status()).request().reason())
                .isEqualTo("Contract ends – “Ŵ” ŷ.");
        assertThatThrownBy(() -> as(second, () -> bean(BoardLeaving.class).askForErasure(prefix, null)))
                .as("one request at a time").isInstanceOf(ErasureRefusedException.class);
        assertThatThrownBy(() -> as(second, () -> bean(BoardLeaving.class).confirmErasure(prefix)))
                .as("before the waiting period").isInstanceOfSatisfying(ErasureRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("waiting period"));

        Map<String, Map<String, Long>> othersBefore = rowsOfEveryOtherBoard(board.id());
        Map<String, String> chainsBefore = chainHeads(board.id());
        ServerClock clock = bean(ServerClock.class);
        ErasureCertificate certificate;
        try {
            clock.moveBy(PAST_THE_WAIT);
            assertThatThrownBy(() -> as(board.admin(), () -> bean(BoardLeaving.class).confirmErasure(prefix)))
                    .as("not by who asked").isInstanceOfSatisfying(ErasureRefusedException.class,
                            e -> assertThat(e.getMessage()).contains("another administrator"));
            assertThatThrownBy(() -> as(neighbour.admin(), () -> bean(BoardLeaving.class).confirmFor(board.id(),
                    "Not an operator", prefix))).as("a board's admin is no operator").isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> as(second, () -> bean(BoardLeaving.class).confirmErasure("wrong")))
                    .isInstanceOf(InvalidInputException.class);
            String[] head = strings("select last_seq, last_hash from timeline_head where tenant_id = ?", board.id())
                    .toArray(String[]::new);
            certificate = as(second, () -> bean(BoardLeaving.class).confirmErasure(prefix));
            assertThat(certificate.chainLastSequence()).isEqualTo(Long.parseLong(head[0]));
            assertThat(certificate.chainLastHash()).isEqualTo(head[1]);
        } finally {
            clock.reset();
        }
        assertThat(certificate.chainIntact()).isTrue();
        assertThat(certificate.askedBy()).isEqualTo(board.admin());
        assertThat(certificate.confirmedBy()).isEqualTo(second);
        assertThat(certificate.filesErased()).isEqualTo(files);
        assertThat(certificate.rowsErased()).containsEntry("safeguarding_case", 2L).containsEntry("board", 1L)
                .containsEntry("evidence_file", 2L).containsKey("person_role").containsKey("act_re_deployment").containsKey("act_hi_procinst");

        assertThat(tablesWithRowsOf(board.id())).as("tables still holding a row of the board").isEmpty();
        assertThat(count("select count(*) from board where id = ?", board.id())).isZero();
        assertThat(count("select count(*) from person_role where person_id in (" + join(people) + ")")).isZero();
        assertThat(count("select count(*) from evidence_file where id in (" + join(evidenceFiles) + ")"))
                .as("none of its files remain").isZero();
        assertThat(count("select count(*) from safeguarding_case where reference = ?", closed)).isZero();
        assertThat(count("select count(*) from board_erasure where board_id = ? and erased_at is not null"
                + " and confirmed_by = ?", board.id(), second)).as("the certificate stays").isOne();
        assertThat(CallerContext.runAs(Operators.OPERATOR,
                () -> bean(BoardLeaving.class).certificate(board.id()))).get()
                .satisfies(kept -> assertThat(kept.rowsErased()).isEqualTo(certificate.rowsErased()));

        assertThat(rowsOfEveryOtherBoard(board.id())).as("every other board's rows").isEqualTo(othersBefore);
        assertThat(chainHeads(board.id())).as("every other board's chain head").isEqualTo(chainsBefore);
        for (String other : List.of("chscb", "nscb", "cwmtaf", "lscb", neighbour.id())) {
            assertThat(as(other + ".admin", () -> bean(TimelineService.class).verify()).intact()).as(other).isTrue();
        }
    }

    @Test
    void aLegalHoldStopsTheErasureAndNamesTheCaseAndTheOperatorIsNeverTheirOwnSecondPerson() throws Exception {
        TestBoard board = TestBoard.like("nscb");
        String held = CaseFixtures.closedAtTriage(board.id(), "Owain Glyndŵr");
        as(board.person("senior"), () -> bean(CaseRetention.class).hold(held, "Tribunal claim “ET/62” – ŵ ŷ"));
        assertThatThrownBy(() -> CallerContext.runAs(Operators.OPERATOR, () -> bean(BoardLeaving.class)
                .askFor(board.id(), "Olwen Operator", "NSCB", "The contract ended on 31 March.")))
                .as("the operator types the board's own prefix, not another's").isInstanceOf(InvalidInputException.class);
        assertThat(as(board.admin(), () -> bean(BoardLeaving.class).status()).request()).as("nothing asked").isNull();
        CallerContext.runAs(Operators.OPERATOR, () -> bean(BoardLeaving.class).askFor(board.id(), "Olwen Operator",
                prefix(board), "The contract ended on 31 March."));
        assertThat(as(board.admin(), () -> bean(BoardLeaving.class).status()).heldCases()).containsExactly(held);
        ServerClock clock = bean(ServerClock.class);
        try {
            clock.moveBy(PAST_THE_WAIT);
            assertThatThrownBy(() -> CallerContext.runAs(Operators.OPERATOR,
                    () -> bean(BoardLeaving.class).confirmFor(board.id(), "Olwen Operator", prefix(board))))
                    .as("the operator who asked").isInstanceOfSatisfying(ErasureRefusedException.class,
                            e -> assertThat(e.heldCases()).isEmpty());
            assertThatThrownBy(() -> as(board.admin(), () -> bean(BoardLeaving.class).confirmErasure(prefix(board))))
                    .isInstanceOfSatisfying(ErasureRefusedException.class, e -> {
                        assertThat(e.heldCases()).containsExactly(held);
                        assertThat(e.getMessage()).contains(held);
                    });
            assertThat(count("select count(*) from safeguarding_case where tenant_id = ?", board.id())).isOne();

            as(board.person("senior"), () -> bean(CaseRetention.class).liftHold(held, "The tribunal has decided."));
            ErasureCertificate certificate = as(board.admin(), () -> bean(BoardLeaving.class)
                    .confirmErasure(prefix(board)));
            assertThat(certificate.askedBy()).isEqualTo("operator:Olwen Operator");
            assertThat(certificate.confirmedBy()).isEqualTo(board.admin());
        } finally {
            clock.reset();
        }
        assertThat(tablesWithRowsOf(board.id())).isEmpty();
    }

    @Test
    void anotherBoardsAdministratorCanNeitherExportNorAskNorConfirmForTheBoard() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String reference = caseWithFiles(board, "Catrin Ŵyn");
        as(board.admin(), () -> bean(BoardLeaving.class).askForErasure(prefix(board), null));

        assertThat(as(other.admin(), () -> bean(BoardLeaving.class).status()).request()).as("theirs only").isNull();
        assertThatThrownBy(() -> as(other.admin(), () -> bean(BoardLeaving.class).confirmErasure(prefix(other))))
                .isInstanceOf(ErasureRefusedException.class);
        assertThatThrownBy(() -> as(other.admin(), () -> bean(BoardLeaving.class).askFor(board.id(), "x", prefix(board), null)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(other.admin(), () -> bean(BoardLeaving.class).exportFor(board.id(), "x",
                new ByteArrayOutputStream()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> bean(BoardLeaving.class).export(
                new ByteArrayOutputStream()))).as("an officer of the board").isInstanceOf(AccessRefusedException.class);
        assertThat(as(board.admin(), () -> bean(BoardLeaving.class).status()).request()).as("still standing")
                .isNotNull();

        // The other board's export, asked as if for this board, is its own.
        Browser browser = CaseFixtures.signedIn(other.admin());
        Map<String, byte[]> files = unzip(browser.download("admin/leaving-export.zip?board=" + board.id()).body());
        assertThat(json(files.get("manifest.json")).asJsonObject().getString("board")).isEqualTo(other.id());
        String all = files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(all).doesNotContain(reference).doesNotContain("\"" + board.id() + "\"");
        assertThat(CaseFixtures.signedIn(board.officer()).download("admin/leaving-export.zip").statusCode())
                .as("not an administrator").isNotEqualTo(200);
    }

    @Test
    void theAdministratorsPageKeepsWhatWasTypedWhenRefusedAndAnswersTheCertificate() {
        TestBoard board = TestBoard.like("cwmtaf");
        String second = anotherAdmin(board);
        String prefix = prefix(board);
        Browser asker = CaseFixtures.signedIn(board.admin());
        Browser.Page page = asker.open("admin/leaving.xhtml");
        assertThat(page.body()).contains("id=\"noRequest\"").contains("admin/leaving-export.zip");
        Browser.Page refused = asker.submit(page, "ask", Map.of("reason", "Diwedd y contract – ŵ ŷ", "typed", "nope"),
                "askErasure");
        assertThat(refused.body()).contains("exactly as shown").contains("Diwedd y contract – ŵ ŷ").contains("id=\"noRequest\"");
        Browser.Page asked = asker.submit(refused, "ask", Map.of("reason", "Diwedd y contract – ŵ ŷ", "typed", prefix),
                "askErasure");
        assertThat(asked.body()).contains("id=\"request\"").contains("id=\"yours\"").contains("id=\"waiting\"")
                .contains("Diwedd y contract – ŵ ŷ").doesNotContain("id=\"confirm\"");
        assertThat(asker.open("admin/leaving.xhtml?lang=cy").body()).as("in Welsh").contains("Dileu’r bwrdd")
                .contains("Chi a ofynnodd amdano");

        ServerClock clock = bean(ServerClock.class);
        try {
            clock.moveBy(PAST_THE_WAIT);
            Browser confirmer = CaseFixtures.signedIn(second);
            Browser.Page ready = confirmer.open("admin/leaving.xhtml");
            assertThat(ready.body()).contains("id=\"confirm\"").doesNotContain("id=\"yours\"");
            Browser.Page wrong = confirmer.submit(ready, "confirm", Map.of("typed", "wrong"), "confirmErasure");
            assertThat(wrong.body()).contains("id=\"confirm\"");
            assertThat(count("select count(*) from board where id = ?", board.id())).isOne();
            Browser.Page certificate = confirmer.submit(wrong, "confirm", Map.of("typed", prefix), "confirmErasure");
            assertThat(certificate.body()).contains("id=\"certificate\"").contains(board.id())
                    .contains(board.admin()).contains(second);
            assertThat(count("select count(*) from board where id = ?", board.id())).isZero();
            assertThat(confirmer.open("admin/leaving.xhtml").body()).as("signed out")
                    .doesNotContain("id=\"erasure\"");
        } finally {
            clock.reset();
        }
    }

    @Test
    void theOperatorsPageAsksAndConfirmsOnlyWithTheBoardsPrefixTypedAndKeepsWhatWasTyped() {
        TestBoard asked = TestBoard.like("lscb");
        Browser operator = Operators.signedIn();
        Browser.Page page = operator.open("operator/leaving.xhtml?board=" + asked.id());
        assertThat(page.body()).contains(prefix(asked)).contains("id=\"ask:typed\"");
        String reason = "Diwedd y contract “2026” – £0 ŵ ŷ 🙂";
        Browser.Page refused = operator.submit(page, "ask", Map.of("reason", reason, "typed", "LSCB"), "askErasure");
        assertThat(refused.body()).as("another board's prefix").contains("exactly as shown").contains(reason);
        assertThat(count("select count(*) from board_erasure where board_id = ?", asked.id())).as("nothing asked")
                .isZero();
        Browser.Page done = operator.submit(refused, "ask", Map.of("reason", reason, "typed", prefix(asked)),
                "askErasure");
        assertThat(done.body()).contains("id=\"request\"");
        assertThat(count("select count(*) from board_erasure where board_id = ? and erased_at is null", asked.id()))
                .isOne();

        TestBoard confirmed = TestBoard.like("nscb");
        as(confirmed.admin(), () -> bean(BoardLeaving.class).askForErasure(prefix(confirmed), null));
        ServerClock clock = bean(ServerClock.class);
        try {
            clock.moveBy(PAST_THE_WAIT);
            Browser.Page ready = operator.open("operator/leaving.xhtml?board=" + confirmed.id());
            assertThat(ready.body()).contains("id=\"decide:typed\"").contains("id=\"decide:confirmErasure\"");
            Browser.Page wrong = operator.submit(ready, "decide", Map.of("typed", prefix(asked)), "confirmErasure");
            assertThat(wrong.body()).contains("exactly as shown").contains("id=\"decide:confirmErasure\"");
            assertThat(count("select count(*) from board where id = ?", confirmed.id())).as("still there").isOne();
            Browser.Page certificate = operator.submit(wrong, "decide", Map.of("typed", prefix(confirmed)),
                    "confirmErasure");
            assertThat(certificate.body()).contains("id=\"certificate\"").contains(confirmed.id());
            assertThat(count("select count(*) from board where id = ?", confirmed.id())).isZero();
        } finally {
            clock.reset();
        }
        assertThat(count("select count(*) from board where id = ?", asked.id())).as("the board only asked for stays")
                .isOne();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A case gathering evidence with two screenshots (each file's bytes its own) and a post's text. */
    private static String caseWithFiles(TestBoard board, String subject) {
        return CaseFixtures.a(board.id()).about(subject)
                .withEvidence(png("first"), png("second"), CaseFixtures.textPost("Post by " + subject + " – ŵ ŷ"))
                .at(CaseStatus.AWAITING_REMOVAL).reference();
    }

    private static EvidenceInput png(String which) {
        byte[] marker = (which + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[CaseFixtures.PNG.length + marker.length];
        System.arraycopy(CaseFixtures.PNG, 0, content, 0, CaseFixtures.PNG.length);
        System.arraycopy(marker, 0, content, CaseFixtures.PNG.length, marker.length);
        return EvidenceInput.file(null, Platform.INSTAGRAM, which + "-screenshot.png", "image/png", content,
                Instant.now().minus(5, ChronoUnit.MINUTES), CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.SCREENSHOT, true);
    }

    /** A second administrator of the board, added by its first. */
    private static String anotherAdmin(TestBoard board) {
        String username = board.id() + ".admin." + UUID.randomUUID().toString().substring(0, 6);
        as(board.admin(), () -> bean(PeopleAdministration.class).add(username, "Angharad ap Ŵyn",
                username + "@example.org", EnumSet.of(Role.ADMIN), null, CaseFixtures.PASSWORD.toCharArray()));
        return username;
    }

    private String prefix(TestBoard board) {
        return strings("select reference_prefix from board where id = ?", board.id()).get(0);
    }

    private interface Export {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    private static byte[] export(Export export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static JsonValue json(byte[] content) {
        assertThat(content).isNotNull();
        try (var reader = Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return reader.readValue();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tables (any carrying a {@code tenant_id} or {@code TENANT_ID_} column, read here from the database itself)
     * that still hold a row of the board.
     */
    private List<String> tablesWithRowsOf(String board) throws SQLException {
        List<String> left = new ArrayList<>();
        for (Map.Entry<String, String> table : tenantTables().entrySet()) {
            if (count("select count(*) from " + table.getKey() + " where " + table.getValue() + " = ?", board) > 0) {
                left.add(table.getKey());
            }
        }
        return left;
    }

    /** Rows per board other than {@code erased}, per table carrying a tenant column. */
    private Map<String, Map<String, Long>> rowsOfEveryOtherBoard(String erased) throws SQLException {
        Map<String, Map<String, Long>> rows = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : tenantTables().entrySet()) {
                if (table.getKey().startsWith("act_hi_job_log") || table.getKey().startsWith("act_ru_job")) {
                    continue; // the job executor's own comings and goings on the demo boards
                }
                try (ResultSet found = statement.executeQuery("select " + table.getValue() + ", count(*) from "
                        + table.getKey() + " group by " + table.getValue())) {
                    while (found.next()) {
                        if (found.getString(1) != null && !found.getString(1).equals(erased)) {
                            rows.computeIfAbsent(table.getKey(), t -> new TreeMap<>()).put(found.getString(1),
                                    found.getLong(2));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private Map<String, String> chainHeads(String erased) throws SQLException {
        Map<String, String> heads = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("select tenant_id, last_seq, last_hash from timeline_head")) {
            while (found.next()) {
                if (!found.getString(1).equals(erased)) {
                    heads.put(found.getString(1), found.getLong(2) + " " + found.getString(3));
                }
            }
        }
        return heads;
    }

    /** Every table with a tenant column, by lower-case name, with that column. */
    private Map<String, String> tenantTables() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    String column = columns.getString("COLUMN_NAME");
                    if (column.equalsIgnoreCase("tenant_id") || column.equalsIgnoreCase("tenant_id_")) {
                        tables.put(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT), column);
                    }
                }
            }
        }
        assertThat(tables).as("the product's and the engine's").containsKeys("safeguarding_case", "person",
                "timeline_entry", "evidence_file", "act_re_deployment", "act_ge_bytearray", "act_hi_procinst");
        return tables;
    }

    /** Files the board keeps (any column of bytes in a table carrying its id). */
    private long storedFiles(String board) throws SQLException {
        long files = 0;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, String> tenants = tenantTables();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                List<String[]> binary = new ArrayList<>();
                while (columns.next()) {
                    int type = columns.getInt("DATA_TYPE");
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ((type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY
                            || type == java.sql.Types.LONGVARBINARY || type == java.sql.Types.BLOB)
                            && tenants.containsKey(table)) {
                        binary.add(new String[] {table, columns.getString("COLUMN_NAME")});
                    }
                }
                for (String[] column : binary) {
                    files += count("select count(" + column[1] + ") from " + column[0] + " where "
                            + tenants.get(column[0]) + " = ?", board);
                }
            }
        }
        return files;
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                count.setObject(i + 1, parameters[i]);
            }
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first row's columns (several columns), or the first column of every row (one column). */
    private List<String> strings(String sql, String parameter) {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet found = select.executeQuery()) {
                int columns = found.getMetaData().getColumnCount();
                while (found.next()) {
                    if (columns == 1) {
                        values.add(found.getString(1));
                    } else {
                        for (int i = 1; i <= columns; i++) {
                            values.add(found.getString(i));
                        }
                        break;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private Map<String, String> pairs(String sql, String parameter) throws SQLException {
        Map<String, String> pairs = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    pairs.put(found.getString(1), found.getString(2));
                }
            }
        }
        return pairs;
    }

    private List<Long> longs(String sql, String parameter) {
        return strings(sql, parameter).stream().map(Long::valueOf).toList();
    }

    private static String join(List<Long> ids) {
        return ids.isEmpty() ? "-1" : String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
