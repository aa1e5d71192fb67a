package uk.safeguardcases.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.audit.AuditAction;

/** Which timeline entries raise which events, and what a delivery's body holds (nothing a person typed). */
class WebhookEventTest {

    @Test
    void eachEventIsRaisedByItsTimelineEntriesAndNoEntryRaisesTwo() {
        assertThat(WebhookEvent.raisedBy(AuditAction.CONCERN_RAISED.label())).get()
                .extracting(WebhookEvent.Raised::event).isEqualTo(WebhookEvent.CASE_RAISED);
        assertThat(WebhookEvent.raisedBy(AuditAction.TRIAGE_RECORDED.label())).get()
                .satisfies(r -> {
                    assertThat(r.event()).isEqualTo(WebhookEvent.CASE_STEP_REACHED);
                    assertThat(r.step()).isEqualTo("triage_recorded");
                });
        assertThat(WebhookEvent.raisedBy(AuditAction.REFERRAL_PACK_SENT.label())).get()
                .extracting(WebhookEvent.Raised::event).isEqualTo(WebhookEvent.REFERRAL_SENT);
        assertThat(WebhookEvent.raisedBy(AuditAction.DISCIPLINARY_OUTCOME_RECORDED.label())).get()
                .extracting(WebhookEvent.Raised::event).isEqualTo(WebhookEvent.OUTCOME_RECORDED);
        assertThat(WebhookEvent.raisedBy(AuditAction.SUBJECT_ACCESS_REMINDER_SENT.label())).get()
                .extracting(WebhookEvent.Raised::event).isEqualTo(WebhookEvent.REQUEST_DUE_SOON);
        assertThat(WebhookEvent.raisedBy(AuditAction.STEP_STUCK.label())).get()
                .extracting(WebhookEvent.Raised::event).isEqualTo(WebhookEvent.WORK_STUCK);
        assertThat(WebhookEvent.raisedBy(AuditAction.EVIDENCE_CAPTURED.label())).isEmpty();
        // A delivery given up is not itself an event: a receiver that is down would be told so through itself.
        assertThat(WebhookEvent.raisedBy(WebhookAction.WEBHOOK_GIVEN_UP.label())).isEmpty();

        for (AuditAction action : AuditAction.values()) {
            long raising = java.util.Arrays.stream(WebhookEvent.values())
                    .filter(e -> WebhookEvent.raisedBy(action.label()).map(r -> r.event() == e).orElse(false)).count();
            assertThat(raising).as(action.name()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aSubscriptionsEventsAreKeptByTheirNamesAndReadBack() {
        EnumSet<WebhookEvent> chosen = EnumSet.of(WebhookEvent.WORK_STUCK, WebhookEvent.CASE_RAISED);
        assertThat(WebhookEvent.kept(chosen)).isEqualTo("case.raised,work.stuck");
        assertThat(WebhookEvent.read("case.raised,work.stuck,no.longer")).isEqualTo(chosen);
        assertThat(WebhookEvent.subscribable()).doesNotContain(WebhookEvent.TEST).hasSize(6);
    }

    @Test
    void theBodyIsTheSpecificationsShapeWithTheBoardReferenceAndLinkOnly() {
        String json = new WebhookPayload(WebhookEvent.CASE_STEP_REACHED, "chscb", "CHSCB-2026-0004",
                "triage_recorded", "https://cases.example.org/api/cases/CHSCB-2026-0004",
                Instant.parse("2026-11-30T14:00:00.123456Z")).json();
        JsonObject body = Json.createReader(new StringReader(json)).readObject();
        assertThat(body.getString("type")).isEqualTo("case.step_reached");
        assertThat(body.getString("timestamp")).isEqualTo("2026-11-30T14:00:00.123Z");
        assertThat(body.getJsonObject("data").keySet()).containsExactly("board", "reference", "step", "link");
        assertThat(body.keySet()).containsExactly("type", "timestamp", "data");

        String test = new WebhookPayload(WebhookEvent.TEST, "chscb", null, null, "https://x.example/\"q\"",
                Instant.parse("2026-11-30T14:00:00Z")).json();
        JsonObject testBody = Json.createReader(new StringReader(test)).readObject();
        assertThat(testBody.getJsonObject("data").keySet()).containsExactly("board", "link");
        assertThat(testBody.getJsonObject("data").getString("link")).isEqualTo("https://x.example/\"q\"");
    }

    @Test
    void retriesFollowTheStandardScheduleUnlessTheOperatorGivesOther() {
        WebhookRetries standard = WebhookRetries.parse(null);
        assertThat(standard.tries()).isEqualTo(8);
        assertThat(standard.after(1)).contains(java.time.Duration.ofSeconds(5));
        assertThat(standard.after(7)).contains(java.time.Duration.ofHours(10));
        assertThat(standard.after(8)).isEmpty();

        WebhookRetries quick = WebhookRetries.parse("1, 2");
        assertThat(quick.tries()).isEqualTo(3);
        assertThat(quick.after(2)).contains(java.time.Duration.ofSeconds(2));
        assertThat(quick.after(3)).isEmpty();
        assertThat(WebhookRetries.parse("1,x").tries()).isEqualTo(8);
        assertThat(WebhookRetries.parse("0").tries()).isEqualTo(8);
    }
}
