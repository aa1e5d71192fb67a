package uk.safeguardcases.web.webhook;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.webhook.Webhooks;
import uk.safeguardcases.domain.webhook.WebhookEvent;
import uk.safeguardcases.web.shell.Pages.Done;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * admin/webhooks.xhtml: the board's webhook subscriptions, each with its delivery log, "send a test event", a new
 * secret and removal (asked to confirm); and the form that subscribes an address. A secret is shown in full once, on
 * the page that made it.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "newWebhook";

    @Inject
    private Webhooks webhooks;

    private List<Webhooks.Subscription> subscriptions = List.of();
    private final Map<Long, List<Webhooks.Delivery>> logs = new HashMap<>();
    private Webhooks.Made made;
    private String address;
    private List<String> events = new ArrayList<>();
    private Long removing;

    public void load() {
        Pages.load(this::read);
    }

    private void read() {
        subscriptions = webhooks.subscriptions();
        logs.clear();
        for (Webhooks.Subscription subscription : subscriptions) {
            logs.put(subscription.id(), webhooks.log(subscription.id()));
        }
    }

    public String add() {
        Pages.step(FORM, () -> {
            made = webhooks.subscribe(address, events);
            address = null;
            events = new ArrayList<>();
            read();
            return Done.here(Language.text(WebhookPages.BUNDLE, "added", made.address()));
        });
        return null;
    }

    public String rotate(long id) {
        Pages.step(null, () -> {
            made = webhooks.rotate(id);
            read();
            return Done.here(Language.text(WebhookPages.BUNDLE, "rotated", made.address()));
        });
        return null;
    }

    public String sendTest(long id) {
        Pages.step(null, () -> {
            webhooks.sendTest(id);
            read();
            return Done.here(Language.text(WebhookPages.BUNDLE, "testSent"));
        });
        return null;
    }

    /** The first click on "Remove": the subscription asks to confirm, nothing is done yet. */
    public String askRemove(long id) {
        removing = id;
        return null;
    }

    public String cancel() {
        removing = null;
        return null;
    }

    public boolean confirming(long id) {
        return removing != null && removing == id;
    }

    public String remove(long id) {
        removing = null;
        Pages.step(null, () -> {
            webhooks.remove(id);
            made = null;
            read();
            return Done.here(Language.text(WebhookPages.BUNDLE, "removed"));
        });
        return null;
    }

    public List<Webhooks.Delivery> log(long id) {
        return logs.getOrDefault(id, List.of());
    }

    /** What a delivery's state says: delivered (with the answer), being tried again, given up or dealt with. */
    public String state(Webhooks.Delivery delivery) {
        String state = delivery.state();
        Object answer = delivery.lastStatus() == null ? "–" : delivery.lastStatus();
        return Language.text(WebhookPages.BUNDLE, "state." + state, answer, delivery.attempts(),
                delivery.nextAttemptAt() == null ? "" : Pages.when(delivery.nextAttemptAt()));
    }

    /** An event's words on the page. */
    public String eventName(WebhookEvent event) {
        return Language.text(WebhookPages.BUNDLE, "event." + event.name());
    }

    /** Whether a rotated secret is still honoured beside the new one. */
    public boolean overlapping(Webhooks.Subscription subscription) {
        return subscription.previousSecretUntil() != null && subscription.previousSecretUntil().isAfter(Instant.now());
    }

    public List<WebhookEvent> getChoices() {
        return WebhookEvent.subscribable();
    }

    public List<Webhooks.Subscription> getSubscriptions() {
        return subscriptions;
    }

    public Webhooks.Made getMade() {
        return made;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }
}
