package uk.safeguardcases.web.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.webhook.WebhookWords;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Webhooks (issue 68): their words (one bundle for the page, the service and Stuck work, kept beside the service) and
 * their page in the administration menu (administrators only, as every {@code /admin/} page; the service checks
 * again).
 */
@ApplicationScoped
public class WebhookPages implements ProcessPages {

    static final String BUNDLE = WebhookWords.BUNDLE;

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "webhookMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(Link.admin(187, BUNDLE, "admin.nav", "/admin/webhooks.xhtml"));
    }
}
