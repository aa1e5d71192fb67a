package uk.safeguardcases.domain.webhook;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/** What the webhooks record on the board's timeline: the board's own record, never a secret. */
public enum WebhookAction implements TimelineAction {
    WEBHOOK_SUBSCRIBED("Webhook subscription added"),
    WEBHOOK_SECRET_ROTATED("Webhook secret rotated"),
    WEBHOOK_REMOVED("Webhook subscription removed"),
    WEBHOOK_TEST_SENT("Webhook test event sent"),
    WEBHOOK_GIVEN_UP("Webhook delivery given up"),
    WEBHOOK_TRIED_AGAIN("Webhook delivery tried again"),
    WEBHOOK_DEALT_WITH("Webhook delivery dealt with another way");

    private final String label;

    WebhookAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Visibility visibility() {
        return Visibility.BOARD_ONLY;
    }
}
