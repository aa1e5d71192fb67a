package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.ApiCalls.get;
import static uk.safeguardcases.it.ApiCalls.post;
import static uk.safeguardcases.it.ApiCalls.token;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.ApiCalls.Answer;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.webhook.Webhooks;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.audit.TimelineEntry;

/**
 * The board's stuck work through the API (issue 68, {@code /api/stuck-work}): a webhook delivery given up (its
 * receiver down) is listed for the board's senior managers and administrators, worded in English or Welsh as
 * {@code Accept-Language} asks, and marked dealt with through it; the board's other roles are refused, another board
 * finds nothing, a read-only token changes nothing, and a step cannot be marked dealt with.
 */
@ExtendWith(ArquillianExtension.class)
class StuckWorkApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(StuckWorkApiIT.class, WebhookReceiver.class, WebhookReceiver.Received.class);
    }

    @AfterEach
    void asTheServerWasStarted() {
        System.clearProperty("safeguard.webhooks.private-addresses");
        System.clearProperty("safeguard.webhooks.retryDelays");
    }

    @Test
    void aDeliveryGivenUpIsListedInEitherLanguageAndDealtWithThroughTheApiByTheBoardsSeniorsOnly() throws Exception {
        System.setProperty("safeguard.webhooks.private-addresses", "allow");
        System.setProperty("safeguard.webhooks.retryDelays", "1");
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("cwmtaf");
        Webhooks webhooks = bean(Webhooks.class);
        String address = "http://127.0.0.1:" + WebhookReceiver.freePort() + "/events";
        Webhooks.Made made = as(board.admin(), () -> webhooks.subscribe(address, List.of("case.raised")));
        as(board.admin(), () -> webhooks.sendTest(made.id()));

        String senior = token(board.person("senior"), Scope.READ_WRITE);
        JsonObject item = Awaitility.await("the delivery given up").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> webhookItem(get(senior, "stuck-work", "en").json()), i -> i != null && i.getBoolean("stopped"));
        String id = item.getString("id");
        assertThat(id).startsWith("webhook:");
        assertThat(item.getString("kind")).isEqualTo("webhook");
        assertThat(item.getInt("attempts")).isEqualTo(2);
        assertThat(item.getString("what")).contains("webhook.test").contains(address);
        assertThat(item.getString("cause")).isEqualTo("The receiving system could not be reached, or did not answer in time.");
        JsonObject inWelsh = webhookItem(get(senior, "stuck-work", "cy").json());
        assertThat(inWelsh.getString("cause")).isEqualTo("Nid oedd modd cyrraedd y system sy’n derbyn, neu ni atebodd mewn pryd.");
        assertThat(inWelsh.getString("what")).startsWith("Y digwyddiad “webhook.test”");

        // The administrator reads it too; the other roles are refused; another board finds nothing.
        assertThat(webhookItem(get(token(board.admin(), Scope.READ), "stuck-work", "en").json())).isNotNull();
        for (String role : List.of("officer", "hr")) {
            Answer refused = get(token(board.person(role), Scope.READ_WRITE), "stuck-work", "en");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(address);
        }
        String theirs = token(other.person("senior"), Scope.READ_WRITE);
        assertThat(get(theirs, "stuck-work", "en").body()).doesNotContain(id).doesNotContain(address);
        assertThat(post(theirs, "stuck-work/" + id + "/dealt-with").status()).isEqualTo(404);
        assertThat(post(theirs, "stuck-work/" + id + "/retry").status()).isEqualTo(404);

        // A read-only token changes nothing; a step cannot be dealt with; an id that is no number is not found.
        Answer readOnly = post(token(board.person("senior"), Scope.READ), "stuck-work/" + id + "/dealt-with");
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.body()).contains("may only read");
        Answer step = post(senior, "stuck-work/step:123/dealt-with");
        assertThat(step.status()).isEqualTo(400);
        assertThat(step.json().getJsonObject("errors").getString("id")).contains("try it again");
        assertThat(post(senior, "stuck-work/email:x1/retry").status()).isEqualTo(404);
        assertThat(webhookItem(get(senior, "stuck-work", "en").json())).isNotNull();

        assertThat(post(senior, "stuck-work/" + id + "/dealt-with").status()).isEqualTo(204);
        assertThat(webhookItem(get(senior, "stuck-work", "en").json())).isNull();
        assertThat(post(senior, "stuck-work/" + id + "/dealt-with").status()).isEqualTo(404);
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(10)))
                .extracting(TimelineEntry::action).contains("Webhook delivery dealt with another way");
        assertThat(as(board.admin(), () -> webhooks.log(made.id()))).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo("DEALT_WITH"));
    }

    private static JsonObject webhookItem(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("id").startsWith("webhook:")).findFirst().orElse(null);
    }
}
