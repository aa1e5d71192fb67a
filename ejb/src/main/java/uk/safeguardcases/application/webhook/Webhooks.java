package uk.safeguardcases.application.webhook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.webhook.WebhookAction;
import uk.safeguardcases.domain.webhook.WebhookDelivery;
import uk.safeguardcases.domain.webhook.WebhookEvent;
import uk.safeguardcases.domain.webhook.WebhookPayload;
import uk.safeguardcases.domain.webhook.WebhookRepository;
import uk.safeguardcases.domain.webhook.WebhookSignature;
import uk.safeguardcases.domain.webhook.WebhookSubscription;

/**
 * The board administrator's webhooks: subscribing an address to chosen events (its secret shown once), rotating the
 * secret, removing a subscription, sending a test event, and each subscription's delivery log. Administrators of the
 * board only; another board's subscription is "not found". Each change is recorded on the board's timeline, never a
 * secret.
 */
@Stateless
public class Webhooks {

    /** More would be a list nobody keeps: a board's systems share an address or two. */
    static final int MOST_SUBSCRIPTIONS = 20;
    static final int LOG_LINES = 50;
    static final int LONGEST_ADDRESS = 500;

    @Inject
    private Clock clock;

    @Inject
    private WebhookRepository webhooks;

    @Inject
    private WebhookReceivers receivers;

    @Inject
    private WebhookOutbox outbox;

    @Inject
    private TimelineService timeline;

    /** A subscription as the administrator's page shows it; its secret never. */
    public record Subscription(long id, String address, List<WebhookEvent> events, String createdBy,
            Instant createdAt, Instant previousSecretUntil) implements java.io.Serializable {
    }

    /** A subscription made, or its secret rotated: the secret, to be shown this once. */
    public record Made(long id, String address, String secret) implements java.io.Serializable {
    }

    /** One line of a delivery log. */
    public record Delivery(long id, String messageId, String eventType, String reference, Instant createdAt,
            int attempts, Instant deliveredAt, Instant givenUpAt, Instant nextAttemptAt, Integer lastStatus,
            String lastError, boolean dealtWith) implements java.io.Serializable {

        /** {@code DELIVERED}, {@code GIVEN_UP}, {@code DEALT_WITH}, {@code RETRYING} or {@code WAITING}. */
        public String state() {
            if (deliveredAt != null) {
                return "DELIVERED";
            }
            if (dealtWith) {
                return "DEALT_WITH";
            }
            if (givenUpAt != null) {
                return "GIVEN_UP";
            }
            return lastError != null ? "RETRYING" : "WAITING";
        }
    }

    public List<Subscription> subscriptions() {
        CallerContext.require(Role.ADMIN);
        return webhooks.subscriptions().stream().map(Webhooks::line).toList();
    }

    /**
     * Subscribes {@code address} to {@code events} (their delivery names, as {@link WebhookEvent#type()}); answers the
     * secret its deliveries are signed with, shown this once. Refuses, naming the field, an address that is not
     * HTTPS on a public address (unless the operator allows private ones) and a choice of no event.
     */
    public Made subscribe(String address, Collection<String> events) {
        CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = address == null ? "" : address.strip();
        if (clean.isEmpty()) {
            problems.put("address", WebhookWords.text("address.missing"));
        } else if (clean.length() > LONGEST_ADDRESS) {
            problems.put("address", WebhookWords.text("address.tooLong", LONGEST_ADDRESS));
        } else {
            try {
                receivers.check(clean);
            } catch (WebhookReceivers.AddressRefused e) {
                problems.put("address", e.getMessage());
            }
        }
        Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
        for (String type : events == null ? List.<String>of() : events) {
            WebhookEvent event = WebhookEvent.ofType(type == null ? "" : type.strip())
                    .filter(e -> e != WebhookEvent.TEST).orElse(null);
            if (event == null) {
                problems.put("events", WebhookWords.text("events.unknown", WebhookEvent.subscribable().stream()
                        .map(WebhookEvent::type).toList().toString()));
                break;
            }
            chosen.add(event);
        }
        if (chosen.isEmpty() && !problems.containsKey("events")) {
            problems.put("events", WebhookWords.text("events.missing"));
        }
        if (problems.isEmpty() && webhooks.subscriptions().size() >= MOST_SUBSCRIPTIONS) {
            problems.put("address", WebhookWords.text("address.tooMany", MOST_SUBSCRIPTIONS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(clean, chosen, secret,
                CallerContext.current().username(), Instant.now(clock));
        webhooks.add(subscription);
        timeline.record(null, WebhookAction.WEBHOOK_SUBSCRIBED, clean + " subscribed to "
                + WebhookEvent.kept(chosen).replace(",", ", ") + ".");
        return new Made(subscription.id(), clean, secret);
    }

    /** A new secret from now, shown this once; the old one still signs beside it for a day. */
    public Made rotate(long id) {
        CallerContext.require(Role.ADMIN);
        WebhookSubscription subscription = subscription(id);
        String secret = WebhookSignature.newSecret();
        subscription.rotate(secret, Instant.now(clock));
        timeline.record(null, WebhookAction.WEBHOOK_SECRET_ROTATED, "The secret of " + subscription.address()
                + " was replaced; the old one is honoured for a day.");
        return new Made(subscription.id(), subscription.address(), secret);
    }

    /** Removes a subscription: nothing more is delivered to it, what waits is not tried again; its log stays. */
    public void remove(long id) {
        CallerContext.require(Role.ADMIN);
        WebhookSubscription subscription = subscription(id);
        Instant now = Instant.now(clock);
        subscription.remove(CallerContext.current().username(), now);
        webhooks.closeOpenDeliveries(subscription.id(), CallerContext.current().username(), now);
        timeline.record(null, WebhookAction.WEBHOOK_REMOVED, subscription.address() + " no longer receives events.");
    }

    /** Queues a {@code webhook.test} delivery to this subscription only; it goes once this commits. */
    public void sendTest(long id) {
        CallerContext.require(Role.ADMIN);
        WebhookSubscription subscription = subscription(id);
        outbox.queue(subscription, new WebhookPayload(WebhookEvent.TEST, CallerContext.current().tenantId(), null,
                null, PublicAddress.of("/admin/webhooks.xhtml"), Instant.now(clock)));
        timeline.record(null, WebhookAction.WEBHOOK_TEST_SENT, "A test event was sent to " + subscription.address()
                + ".");
    }

    /** The subscription's latest deliveries, newest first. */
    public List<Delivery> log(long id) {
        CallerContext.require(Role.ADMIN);
        return webhooks.log(subscription(id).id(), LOG_LINES).stream().map(Webhooks::line).toList();
    }

    private WebhookSubscription subscription(long id) {
        return webhooks.subscription(id)
                .orElseThrow(() -> new NotFoundException("No webhook subscription with id " + id));
    }

    private static Subscription line(WebhookSubscription s) {
        return new Subscription(s.id(), s.address(), List.copyOf(s.events()), s.createdBy(), s.createdAt(),
                s.previousUntil());
    }

    static Delivery line(WebhookDelivery d) {
        return new Delivery(d.id(), d.messageId(), d.eventType(), d.reference(), d.createdAt(), d.attempts(),
                d.deliveredAt(), d.givenUpAt(), d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.dealtWith());
    }
}
