package uk.safeguardcases.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.stuckwork.StuckItem;
import uk.safeguardcases.application.stuckwork.StuckWorkPart;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.webhook.WebhookDelivery;
import uk.safeguardcases.domain.webhook.WebhookEvent;

/**
 * Webhook deliveries on the board's Stuck work page: those given up (to try again, or to say the receiver's owner
 * was told another way) and those failing and being tried again by themselves.
 */
@ApplicationScoped
public class WebhookStuckWork implements StuckWorkPart {

    @Inject
    private WebhookOutbox outbox;

    @Override
    public String key() {
        return "webhook";
    }

    @Override
    public List<StuckItem> items() {
        List<StuckItem> items = new ArrayList<>();
        java.util.Map<Long, String> addresses = outbox.addresses();
        for (WebhookDelivery delivery : outbox.givenUp()) {
            items.add(item(StuckItem.Kind.PART, delivery, WebhookWords.text("stuck.givenUp", delivery.attempts()),
                    delivery.givenUpAt(), addresses));
        }
        for (WebhookDelivery delivery : outbox.beingRetried()) {
            items.add(item(StuckItem.Kind.PART_RETRYING, delivery,
                    WebhookWords.text("stuck.retrying", delivery.attempts()), delivery.nextAttemptAt(), addresses));
        }
        return items;
    }

    private static StuckItem item(StuckItem.Kind kind, WebhookDelivery delivery, String line, java.time.Instant since,
            java.util.Map<Long, String> addresses) {
        String reference = delivery.reference();
        boolean aboutACase = reference != null
                && !WebhookEvent.REQUEST_DUE_SOON.type().equals(delivery.eventType());
        String cause = delivery.lastStatus() == null ? WebhookWords.text("stuck.cause.unreachable")
                : WebhookWords.text("stuck.cause.answered", delivery.lastStatus());
        return new StuckItem(kind, String.valueOf(delivery.id()),
                WebhookWords.text("stuck.name", delivery.eventType(),
                        addresses.getOrDefault(delivery.subscriptionId(), "")), line, null,
                delivery.attempts(), reference, aboutACase ? reference : null, since,
                delivery.lastError() == null ? "" : delivery.lastError(), cause);
    }

    @Override
    public String tryAgain(String id) {
        outbox.tryAgain(idOf(id));
        return WebhookWords.text("stuck.triedAgain");
    }

    @Override
    public String dealtWith(String id) {
        outbox.dealtWith(idOf(id));
        return WebhookWords.text("stuck.dealtWith");
    }

    private static long idOf(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No webhook delivery with id " + id);
        }
    }
}
