package uk.safeguardcases.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.webhook.WebhookAction;

/** What the webhooks record on the timeline, registered so each entry is read back as its kind. */
@ApplicationScoped
public class WebhookActions implements TimelineActions {

    @Override
    public List<WebhookAction> actions() {
        return List.of(WebhookAction.values());
    }
}
