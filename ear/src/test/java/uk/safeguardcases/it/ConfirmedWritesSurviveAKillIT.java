package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A write the product has answered with success survives {@code kill -9} of the server, and a reference once
 * given to a case is never given to another: concurrent concerns (the intake API with Idempotency-Keys, and
 * the case API) and triages, the server killed in the middle of them, then started again on the same database
 * (a durable H2 file, or PostgreSQL with {@code -Pit-postgresql}).
 */
class ConfirmedWritesSurviveAKillIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final int EACH = 50;
    private static final Pattern MADE_KEY = Pattern.compile("id=\"madeKey\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ORGANISATION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Metropolitan Police Service<");

    /** What the product answered before the kill: for a concern its reference, for a triage the case's. */
    private record Confirmed(String kind, String reference, String subject) {
    }

    @Test
    void everyWriteAnsweredBeforeAKillIsThereAfterARestartAndNoReferenceNamesAnotherCase() throws Exception {
        TestDatabase database = TestDatabase.fresh("crash");
        try (StandaloneServer server = new StandaloneServer("crash", 300, database.serverProperties())) {
            server.start();
            URI uri = server.uri();
            String apiKey = makeApiKey(uri);
            String organisationId = metropolitanPolice(uri);
            ApiClient officer = ApiClient.asPerson(uri, "chscb.officer", PASSWORD);
            // The readiness check says what this test proves: commits are on the disk when answered.
            ApiClient.Answer ready = officer.get("health/ready");
            assertThat(ready.json().getJsonObject("database").getBoolean("durableCommits")).as(ready.body()).isTrue();
            ApiClient tool = ApiClient.withKey(uri, apiKey);

            List<String> awaitingTriage = new ArrayList<>();
            for (int i = 0; i < EACH; i++) {
                ApiClient.Answer raised = officer.post("cases", concern(organisationId, "Aros brysbennu " + i));
                assertThat(raised.status()).as(raised.body()).isEqualTo(201);
                awaitingTriage.add(raised.json().getString("reference"));
            }

            Map<String, Confirmed> confirmed = new ConcurrentHashMap<>();
            Map<String, String> intakeKeys = new ConcurrentHashMap<>();
            ExecutorService load = Executors.newFixedThreadPool(24);
            for (int i = 0; i < EACH; i++) {
                int n = i;
                String intakeSubject = "Aelod Dŵr – “" + n + "” £" + n + " \u200F🙂";
                String key = "crash-intake-" + n;
                intakeKeys.put(key, intakeSubject);
                load.submit(() -> {
                    ApiClient.Answer answer = tool.post("intake/concerns", intake(intakeSubject), key);
                    if (answer.status() == 201) {
                        confirmed.put(key, new Confirmed("intake", answer.json().getString("reference"), intakeSubject));
                    }
                    return null;
                });
                String raisedSubject = "Swyddog “Tŷ” – " + n;
                load.submit(() -> {
                    ApiClient.Answer answer = officer.post("cases", concern(organisationId, raisedSubject));
                    if (answer.status() == 201) {
                        confirmed.put("raise-" + n, new Confirmed("raise", answer.json().getString("reference"), raisedSubject));
                    }
                    return null;
                });
                String reference = awaitingTriage.get(n);
                load.submit(() -> {
                    ApiClient.Answer answer = officer.post("cases/" + reference + "/triage",
                            "{\"decision\":\"INVESTIGATE\",\"note\":\"Angen ymchwilio – “brys”\"}");
                    if (answer.status() == 204) {
                        confirmed.put("triage-" + n, new Confirmed("triage", reference, null));
                    }
                    return null;
                });
            }
            // Killed as soon as 15 writes are confirmed, with the others still under way.
            Waiting.waitingFor("15 confirmed writes").pollInterval(Duration.ofMillis(20))
                    .atMost(Duration.ofSeconds(60)).until(() -> confirmed.size() >= 15);
            server.kill();
            Map<String, Confirmed> beforeTheKill = new HashMap<>(confirmed);
            load.shutdownNow();
            load.awaitTermination(60, TimeUnit.SECONDS);
            assertThat(beforeTheKill.size()).as("writes answered before the kill").isGreaterThanOrEqualTo(15);
            assertThat(beforeTheKill.size()).as("writes still under way at the kill").isLessThan(3 * EACH);

            server.restart();

            for (Confirmed write : beforeTheKill.values()) {
                ApiClient.Answer found = officer.get("cases/" + write.reference());
                assertThat(found.status()).as("confirmed %s %s", write.kind(), write.reference()).isEqualTo(200);
                if (write.subject() != null) {
                    assertThat(found.json().getString("subjectName")).as("the case %s names", write.reference())
                            .isEqualTo(write.subject());
                } else {
                    assertThat(found.json().getString("status")).as("triage of %s", write.reference())
                            .isEqualTo("Awaiting authorisation");
                }
            }

            // A tool that never heard back retries with the same key: it gets the case that was made, or one now.
            for (Map.Entry<String, String> retry : intakeKeys.entrySet()) {
                ApiClient.Answer again = tool.post("intake/concerns", intake(retry.getValue()), retry.getKey());
                assertThat(again.status()).as(again.body()).isEqualTo(201);
                Confirmed before = beforeTheKill.get(retry.getKey());
                if (before != null) {
                    assertThat(again.json().getString("reference")).isEqualTo(before.reference());
                }
            }
            for (int i = 0; i < 5; i++) {
                assertThat(officer.post("cases", concern(organisationId, "Ar ôl ailgychwyn " + i)).status()).isEqualTo(201);
            }

            List<JsonObject> cases = allCases(officer);
            Set<String> references = new HashSet<>();
            Map<String, Integer> subjects = new HashMap<>();
            for (JsonObject c : cases) {
                assertThat(references.add(c.getString("reference"))).as("reference given once: " + c).isTrue();
                subjects.merge(c.getString("subjectName"), 1, Integer::sum);
            }
            assertThat(intakeKeys.values()).allSatisfy(subject ->
                    assertThat(subjects.get(subject)).as("cases for " + subject).isEqualTo(1));
            List<Integer> numbers = references.stream().map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1)))
                    .sorted().toList();
            assertThat(numbers).as("gap-free after the crash").isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());

            assertThat(chainOf(uri)).as("the board's audit chain after the crash").contains("\"intact\":true");
        }
    }

    private static String concern(String organisationId, String subject) {
        return "{\"subjectName\":" + ApiClient.quoted(subject) + ",\"organisationId\":" + organisationId
                + ",\"source\":\"COLLEAGUE_REPORT\",\"summary\":" + ApiClient.quoted("Post – “" + subject + "” 🙂") + "}";
    }

    private static String intake(String member) {
        return "{\"memberIdentifier\":" + ApiClient.quoted(member) + ",\"organisation\":\"Metropolitan Police Service\","
                + "\"platform\":\"facebook\",\"url\":\"https://www.facebook.com/posts/1\",\"detectedAt\":\"2026-11-01T10:15:00Z\","
                + "\"capturedText\":" + ApiClient.quoted("Llun o blentyn – “ysgol” £5 🙂") + "}";
    }

    private static List<JsonObject> allCases(ApiClient officer) throws IOException, InterruptedException {
        List<JsonObject> all = new ArrayList<>();
        for (int first = 0; ; first += 100) {
            JsonObject page = officer.get("cases?first=" + first + "&size=100").json();
            page.getJsonArray("rows").forEach(row -> all.add(row.asJsonObject()));
            if (all.size() >= page.getInt("total")) {
                return all;
            }
        }
    }

    static String makeApiKey(URI server) {
        Browser admin = new Browser(server);
        admin.signIn("chscb.admin", PASSWORD);
        Browser.Page made = admin.submit(admin.open("admin/api-keys.xhtml"), "newKey", Map.of("name", "Crash tool"),
                "create");
        Matcher key = MADE_KEY.matcher(made.body());
        assertThat(key.find()).as(made.body()).isTrue();
        return key.group(1);
    }

    static String metropolitanPolice(URI server) {
        Browser officer = new Browser(server);
        officer.signIn("chscb.officer", PASSWORD);
        Matcher option = ORGANISATION.matcher(officer.open("officer/raise.xhtml").body());
        assertThat(option.find()).isTrue();
        return option.group(1);
    }

    static String chainOf(URI server) throws IOException, InterruptedException {
        return ApiClient.asPerson(server, "chscb.admin", PASSWORD).post("board/audit-chain", "").body();
    }
}
