package uk.safeguardcases.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.TimelineRecorded;
import uk.safeguardcases.domain.webhook.WebhookEvent;
import uk.safeguardcases.domain.webhook.WebhookPayload;
import uk.safeguardcases.domain.webhook.WebhookRepository;
import uk.safeguardcases.domain.webhook.WebhookSubscription;

/**
 * Raises the board's events from its timeline: each entry that is an event ({@link WebhookEvent#raisedBy}) queues a
 * delivery to every subscription of the board that wants it, in the recording transaction, so an event is sent only
 * for what committed. Only the caller's board's subscriptions are read (the tenant filter): another board's events
 * never reach them. The delivery names the board, the reference and a link; never the entry's words.
 */
@ApplicationScoped
public class WebhooksOnTimeline {

    /** Where the receiver reads the rest of a case, with a token of its own. */
    static final String CASE_LINK = "/api/cases/";
    static final String REQUEST_LINK = "/officer/subject-access-request.xhtml?ref=";
    static final String STUCK_WORK_LINK = "/senior/stuck-work.xhtml";

    @Inject
    private Clock clock;

    @Inject
    private WebhookRepository webhooks;

    @Inject
    private WebhookOutbox outbox;

    void on(@Observes TimelineRecorded entry) {
        WebhookEvent.raisedBy(entry.action()).ifPresent(raised -> {
            List<WebhookSubscription> wanting = webhooks.subscriptions().stream()
                    .filter(s -> s.wants(raised.event())).toList();
            if (wanting.isEmpty()) {
                return;
            }
            WebhookPayload payload = payload(raised, entry);
            wanting.forEach(subscription -> outbox.queue(subscription, payload));
        });
    }

    private WebhookPayload payload(WebhookEvent.Raised raised, TimelineRecorded entry) {
        String board = CallerContext.current().tenantId();
        Instant now = Instant.now(clock);
        String caseReference = entry.caseId() == null ? null : webhooks.caseReference(entry.caseId()).orElse(null);
        String step = raised.event() == WebhookEvent.CASE_STEP_REACHED ? raised.step() : null;
        if (caseReference != null) {
            return new WebhookPayload(raised.event(), board, caseReference, step, PublicAddress.of(CASE_LINK
                    + caseReference), now);
        }
        if (raised.event() == WebhookEvent.REQUEST_DUE_SOON) {
            String request = referenceIn(entry.detail());
            return new WebhookPayload(raised.event(), board, request, null,
                    PublicAddress.of(request == null ? "/officer/subject-access.xhtml" : REQUEST_LINK + request), now);
        }
        return new WebhookPayload(raised.event(), board, null, step, PublicAddress.of(STUCK_WORK_LINK), now);
    }

    /** A board-wide entry names its record first ("CHSCB-SAR-2026-0004: the officers were reminded …"). */
    static String referenceIn(String detail) {
        int colon = detail == null ? -1 : detail.indexOf(':');
        String reference = colon > 0 && colon <= 40 ? detail.substring(0, colon) : null;
        return reference != null && reference.matches("[A-Z0-9-]+") ? reference : null;
    }
}
