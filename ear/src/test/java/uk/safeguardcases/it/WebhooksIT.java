package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import com.standardwebhooks.Webhook;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.stuckwork.StuckItem;
import uk.safeguardcases.application.stuckwork.StuckWork;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.webhook.Webhooks;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.referral.HrOutcome;

/**
 * Webhooks on the real server (issue 68), against receivers the test starts on loopback (private addresses allowed
 * for the test, as an operator would): a case walked to its disciplinary outcome reaches the board's subscribed
 * receiver as signed deliveries the Standard Webhooks reference library verifies, carrying the board, the reference
 * and a link, never a name or a case's text; another board's receiver gets none of them; a receiver that is down is
 * tried again, then given up and listed on Stuck work, tried again from there and delivered; the roles and the other
 * board are refused; a private address is refused unless the operator allows it.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String PRIVATE = "safeguard.webhooks.private-addresses";
    private static final String RETRIES = "safeguard.webhooks.retryDelays";
    private static final String SUBJECT = "Ŵyn “Bryn” O’Brien‏ – £5 🙂";
    private static final String CONCERN = "Posted photographs of pupils on the unique-marker-7Q3 account";

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        EnterpriseArchive ear = Deployments.inServerWith(WebhooksIT.class, WebhookReceiver.class,
                WebhookReceiver.Received.class);
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(
                new File(Webhook.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return ear;
    }

    @BeforeEach
    void privateAddressesAllowed() {
        System.setProperty(PRIVATE, "allow");
    }

    @AfterEach
    void asTheServerWasStarted() {
        System.clearProperty(PRIVATE);
        System.clearProperty(RETRIES);
    }

    @Test
    void aCaseWalkedToItsOutcomeReachesTheSubscribedReceiverSignedWithNoNameOrTextAndNoOtherBoardsReceiver()
            throws Exception {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        Webhooks webhooks = bean(Webhooks.class);
        try (WebhookReceiver mine = WebhookReceiver.start(); WebhookReceiver theirs = WebhookReceiver.start()) {
            Webhooks.Made made = as(board.admin(), () -> webhooks.subscribe(mine.address(),
                    List.of("case.raised", "case.step_reached", "referral.sent", "outcome.recorded")));
            assertThat(made.secret()).startsWith("whsec_");
            as(other.admin(), () -> webhooks.subscribe(theirs.address(), List.of("case.raised", "case.step_reached",
                    "referral.sent", "outcome.recorded", "work.stuck", "request.due_soon")));

            var hr = CaseFixtures.caller(board.person("hr"));
            String ref = CaseFixtures.a(board.id()).about(SUBJECT).inOrganisation(hr.organisationId())
                    .raisedFrom(uk.safeguardcases.domain.cases.CaseSource.MONITORING, CONCERN)
                    .at(CaseStatus.REFERRED_TO_HR).reference();
            ReferralService referrals = bean(ReferralService.class);
            uk.safeguardcases.application.tenancy.CallerContext.runAs(hr, () -> referrals.acknowledge(ref));
            uk.safeguardcases.application.tenancy.CallerContext.runAs(hr, () -> referrals
                    .recordOutcome(ref, HrOutcome.FINAL_WRITTEN_WARNING, LocalDate.now(UK),
                            "Warned – “final” ŵ £ 🙂"));

            List<WebhookReceiver.Received> got = awaitReceived(mine, r -> r.body().contains("\"outcome.recorded\""));
            List<String> types = got.stream().map(r -> json(r.body()).getString("type")).toList();
            assertThat(types).contains("case.raised", "case.step_reached", "referral.sent",
                    "outcome.recorded");
            assertThat(got.stream().map(r -> json(r.body()).getJsonObject("data"))
                    .filter(d -> d.containsKey("step")).map(d -> d.getString("step")).toList())
                    .contains("triage_recorded", "outcome_decided", "referral_approved", "referral_acknowledged");
            for (WebhookReceiver.Received received : got) {
                new Webhook(made.secret()).verify(received.body(), received.headers());
                JsonObject body = json(received.body());
                JsonObject data = body.getJsonObject("data");
                assertThat(data.getString("board")).isEqualTo(board.id());
                assertThat(data.getString("reference")).isEqualTo(ref);
                assertThat(data.getString("link")).endsWith("/api/cases/" + ref);
                assertThat(data.keySet()).isSubsetOf("board", "reference", "step", "link");
                assertThat(received.body()).doesNotContain("Bryn", "Brien", "unique-marker-7Q3", "Warned", "£");
                assertThat(received.header("webhook-id")).startsWith("msg_");
                assertThat(received.header("content-type")).isEqualTo("application/json");
            }
            assertThat(got.stream().map(r -> r.header("webhook-id")).distinct()).hasSameSizeAs(got);
            // Nothing of this board's reached the other board's receiver.
            assertThat(theirs.received()).noneMatch(r -> r.body().contains(ref) || r.body().contains(board.id()));

            long subscription = as(board.admin(), () -> webhooks.subscriptions()).get(0).id();
            List<Webhooks.Delivery> log = Awaitility.await("every delivery delivered").atMost(Duration.ofSeconds(60))
                    .until(() -> as(board.admin(), () -> webhooks.log(subscription)),
                            l -> l.stream().allMatch(d -> d.state().equals("DELIVERED")));
            assertThat(log).hasSizeGreaterThanOrEqualTo(got.size());
            assertThat(log).extracting(Webhooks.Delivery::lastStatus).containsOnly(204);
        }
    }

    @Test
    void aReceiverThatIsDownIsTriedAgainThenListedOnStuckWorkAndDeliveredWhenTriedAgainFromThere() throws Exception {
        System.setProperty(RETRIES, "1,1");
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        Webhooks webhooks = bean(Webhooks.class);
        StuckWork stuckWork = bean(StuckWork.class);
        int port = WebhookReceiver.freePort();
        String address = "http://127.0.0.1:" + port + "/safeguard-events";
        Webhooks.Made made = as(board.admin(), () -> webhooks.subscribe(address, List.of("work.stuck")));
        as(board.admin(), () -> webhooks.sendTest(made.id()));

        StuckItem stuck = Awaitility.await("the test event given up after 3 tries").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> as(board.person("senior"), () -> stuckWork.list()).stream()
                        .filter(i -> i.kind() == StuckItem.Kind.PART).findFirst().orElse(null),
                        java.util.Objects::nonNull);
        assertThat(stuck.kind()).isEqualTo(StuckItem.Kind.PART);
        assertThat(stuck.attempts()).isEqualTo(3);
        assertThat(stuck.name()).contains("webhook.test").contains(address);
        assertThat(stuck.cause()).contains("could not be reached");
        assertThat(stuck.id()).startsWith("webhook:");
        assertThat(as(board.admin(), () -> webhooks.log(made.id()))).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo("GIVEN_UP"));
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(20)))
                .extracting(TimelineEntry::action).contains("Webhook delivery given up");

        // Another board's senior sees none of it and cannot try it again.
        assertThat(as(other.person("senior"), () -> stuckWork.list())).noneMatch(i -> i.id().equals(stuck.id()));
        assertThatThrownBy(() -> as(other.person("senior"), () -> stuckWork.tryPartAgain(stuck.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> stuckWork.list()))
                .isInstanceOf(AccessRefusedException.class);

        try (WebhookReceiver back = WebhookReceiver.startOn(port)) {
            String said = as(board.person("senior"), () -> stuckWork.tryPartAgain(stuck.id()));
            assertThat(said).contains("being sent again");
            List<WebhookReceiver.Received> got = awaitReceived(back, r -> r.body().contains("webhook.test"));
            new Webhook(made.secret()).verify(got.get(0).body(), got.get(0).headers());
            Awaitility.await("the delivery recorded as delivered").atMost(Duration.ofSeconds(30))
                    .until(() -> as(board.admin(), () -> webhooks.log(made.id())).get(0).state().equals("DELIVERED"));
            assertThat(as(board.person("senior"), () -> stuckWork.list())).noneMatch(StuckItem::isPart);
        }
    }

    @Test
    void anotherRoleIsRefusedAnotherBoardFindsNothingAndAPrivateAddressNeedsTheOperatorsLeave() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        Webhooks webhooks = bean(Webhooks.class);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            for (String role : List.of("officer", "senior", "hr", "member")) {
                assertThatThrownBy(() -> as(board.person(role), () -> webhooks.subscribe(receiver.address(),
                        List.of("case.raised")))).as(role).isInstanceOf(AccessRefusedException.class);
            }
            Webhooks.Made made = as(board.admin(), () -> webhooks.subscribe(receiver.address(),
                    List.of("referral.sent")));
            for (var call : List.<Runnable>of(() -> webhooks.rotate(made.id()), () -> webhooks.remove(made.id()),
                    () -> webhooks.sendTest(made.id()), () -> webhooks.log(made.id()))) {
                assertThatThrownBy(() -> as(other.admin(), call)).isInstanceOf(NotFoundException.class);
            }
            assertThat(as(other.admin(), () -> webhooks.subscriptions())).isEmpty();

            // A new secret: the next delivery verifies under either secret for a day.
            Webhooks.Made rotated = as(board.admin(), () -> webhooks.rotate(made.id()));
            assertThat(rotated.secret()).isNotEqualTo(made.secret());
            as(board.admin(), () -> webhooks.sendTest(made.id()));
            WebhookReceiver.Received test = awaitReceived(receiver, r -> r.body().contains("webhook.test")).get(0);
            new Webhook(rotated.secret()).verify(test.body(), test.headers());
            new Webhook(made.secret()).verify(test.body(), test.headers());

            // Removed, it receives nothing more.
            as(board.admin(), () -> webhooks.remove(made.id()));
            assertThat(as(board.admin(), () -> webhooks.subscriptions())).isEmpty();
            assertThatThrownBy(() -> as(board.admin(), () -> webhooks.sendTest(made.id())))
                    .isInstanceOf(NotFoundException.class);
        }

        // Bad input names its field and keeps nothing.
        assertThatThrownBy(() -> as(board.admin(), () -> webhooks.subscribe("https://hr.example.org/hook", List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsKey("events"));
        assertThatThrownBy(() -> as(board.admin(), () -> webhooks.subscribe("hr.example.org", List.of("case.raised"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsKey("address"));
        assertThatThrownBy(() -> as(board.admin(), () -> webhooks.subscribe("https://hr.example.org/hook",
                List.of("case.deleted")))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages().get("events"))
                        .contains("case.raised"));

        // Without the operator's leave, loopback, private and the cloud's metadata address are refused.
        System.clearProperty(PRIVATE);
        for (String address : List.of("http://127.0.0.1:9/hook", "https://10.0.0.8/hook",
                "https://169.254.169.254/latest/meta-data/")) {
            assertThatThrownBy(() -> as(board.admin(), () -> webhooks.subscribe(address, List.of("case.raised"))))
                    .as(address).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages().get("address"))
                            .contains("private network"));
        }
        assertThat(as(board.admin(), () -> webhooks.subscriptions())).isEmpty();
    }

    @Test
    void theAdministratorsPageAddsAnAddressShowsItsSecretOnceAndLogsATestEvent() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Browser admin = CaseFixtures.signedIn(board.admin());
            Browser.Page page = admin.open("admin/webhooks.xhtml");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("No address receives this board’s events yet.");

            Browser.Page refused = admin.submit(page, "newWebhook", Map.of("address", receiver.address()), "add");
            assertThat(refused.body()).contains("Choose at least one event.");

            Browser.Page added = admin.submit(refused, "newWebhook",
                    Map.of("address", receiver.address(), "events", "referral.sent"), "add");
            assertThat(added.body()).contains("Copy the secret now").contains("whsec_");
            String secret = added.body().replaceAll("(?s).*value=\"(whsec_[^\"]+)\".*", "$1");

            Browser.Page tested = admin.submit(added, "subscriptions", Map.of(), "list:0:test");
            assertThat(tested.body()).contains("A test event is on its way");
            WebhookReceiver.Received test = awaitReceived(receiver, r -> r.body().contains("webhook.test")).get(0);
            new Webhook(secret).verify(test.body(), test.headers());

            Awaitility.await("the log says delivered").atMost(Duration.ofSeconds(30)).until(() ->
                    admin.open("admin/webhooks.xhtml").body().contains("Delivered (the receiver answered HTTP 204"));
            Browser.Page again = admin.open("admin/webhooks.xhtml");
            assertThat(again.body()).doesNotContain(secret).contains(receiver.address());
        }
    }

    private static List<WebhookReceiver.Received> awaitReceived(WebhookReceiver receiver,
            Predicate<WebhookReceiver.Received> last) {
        return Awaitility.await("deliveries to the receiver").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(receiver::received, list -> list.stream().anyMatch(last));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
