package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runbook's stuck-work drill, by its own command ({@code ops/rehearse-stuck-work.sh}) against a rehearsal node (the
 * test server is one): a board's step stops and is listed on its Stuck work page and counted by readiness, is mended
 * and tried again from the page; an e-mail is given up on (the test server's relay is where nothing listens) and dealt
 * with from the page. The node takes the drill only from itself, only by POST; a wrong board is said so.
 */
@ExtendWith(ArquillianExtension.class)
class StuckWorkRehearsalIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Path PROJECT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final String BOARD = "lscb";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(StuckWorkRehearsalIT.class);
    }

    @Test
    @RunAsClient
    void aStepStopsIsShownAndIsTriedAgainOnceMendedAllByTheRunbooksCommand() throws Exception {
        Drill stopped = drill("stuck-step", BOARD);
        assertThat(stopped.exit()).as(stopped.output()).isZero();
        assertThat(stopped.output()).contains("fails until mended").contains("Stuck work");
        try {
            assertThat(readiness()).containsPattern("\"stuckStepsByBoard\":\\{[^}]*\"" + BOARD + "\":1");
            Browser senior = signedIn(BOARD + ".senior");
            Browser.Page page = senior.open("senior/stuck-work.xhtml");
            assertThat(page.body()).contains("Every night at 02:30").contains("Nightly audit chain check")
                    .contains("The step failed with an error of its own.");

            Drill mended = drill("mend", BOARD);
            assertThat(mended.exit()).as(mended.output()).isZero();
            Browser.Page tried = senior.submit(page, "stuck", Map.of(),
                    "items:" + rowOf(page, "Every night at 02:30") + ":tryAgain");
            assertThat(tried.body()).contains("is being tried again");
        } finally {
            drill("mend", BOARD);
        }
        await(() -> !readiness().contains("\"" + BOARD + "\":"), "the chain check of " + BOARD + " to run to its end");
        assertThat(signedIn(BOARD + ".senior").open("senior/stuck-work.xhtml").body())
                .doesNotContain("Every night at 02:30");
    }

    @Test
    @RunAsClient
    void anEmailIsGivenUpOnShownAndDealtWithAllByTheRunbooksCommand() throws Exception {
        Drill given = drill("given-up-mail", BOARD);
        assertThat(given.exit()).as(given.output()).isZero();
        assertThat(given.output()).contains("given up at its first failure");
        Browser senior = signedIn(BOARD + ".senior");
        String subject = "A rehearsal of stuck work – an e-mail given up on";
        await(() -> senior.open("senior/stuck-work.xhtml").body().contains("given up after"), "the e-mail given up");
        Browser.Page page = senior.open("senior/stuck-work.xhtml");
        assertThat(page.body()).contains(subject).contains("The mail server could not be reached.");

        Browser.Page asked = senior.submit(page, "stuck", Map.of(), "items:" + rowOf(page, subject) + ":dealtWith");
        Browser.Page done = senior.submit(asked, "stuck", Map.of(), "items:" + rowOf(asked, subject)
                + ":confirmDealtWith");
        assertThat(done.body()).contains("is recorded as dealt with another way");
    }

    @Test
    @RunAsClient
    void theDrillIsTakenOnlyAsTheRunbookSays() throws Exception {
        Drill unknown = drill("stuck-step", "no-such-board");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.output()).contains("No board no-such-board on this node");
        Drill spaced = drill("given-up-mail", "no such board");
        assertThat(spaced.exit()).isNotZero();
        assertThat(spaced.output()).contains("Name the board");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> odd = http.send(HttpRequest.newBuilder(base().resolve("rehearsal/given-up-mail"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("board=" + java.net.URLEncoder.encode("Ŵyn “Dŵr” 📧",
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(odd.statusCode()).as(odd.body()).isEqualTo(400);
        assertThat(odd.body()).contains("Name the board");
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(base().resolve("rehearsal/stuck-step?board="
                    + BOARD)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(method).isEqualTo(404);
        }
        assertThat(readiness()).doesNotContain("\"" + BOARD + "\":");
    }

    private record Drill(int exit, String output) {
    }

    private static Drill drill(String what, String board) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(PROJECT.resolve("ops/rehearse-stuck-work.sh").toString(), what, board)
                .redirectErrorStream(true).directory(PROJECT.toFile());
        String address = base().toString();
        command.environment().put("SAFEGUARD_NODE", address.substring(0, address.length() - 1));
        Process process = command.start();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ops/rehearse-stuck-work.sh " + what + " did not end in 150 s");
        }
        return new Drill(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    private static URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 100)) + "/");
    }

    private static String readiness() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("api/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Browser signedIn(String username) {
        Browser browser = new Browser(base());
        assertThat(browser.signIn(username, PASSWORD).status()).isEqualTo(200);
        return browser;
    }

    private static String rowOf(Browser.Page page, String text) {
        Matcher row = Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page.body());
        while (row.find()) {
            if (row.group(2).contains(text)) {
                return row.group(1);
            }
        }
        throw new AssertionError("no row shows " + text);
    }

    private static void await(BooleanSupplier condition, String what) {
        Waiting.waitingFor(what).pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(60))
                .until(condition::getAsBoolean);
    }
}
