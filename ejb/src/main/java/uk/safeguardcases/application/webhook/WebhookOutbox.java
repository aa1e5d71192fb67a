package uk.safeguardcases.application.webhook;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.webhook.WebhookAction;
import uk.safeguardcases.domain.webhook.WebhookDelivery;
import uk.safeguardcases.domain.webhook.WebhookPayload;
import uk.safeguardcases.domain.webhook.WebhookRepository;
import uk.safeguardcases.domain.webhook.WebhookRetries;
import uk.safeguardcases.domain.webhook.WebhookSubscription;

/**
 * The one home of webhook deliveries, the e-mail outbox's way: {@link #queue} writes in the caller's transaction; the
 * sender's steps ({@link #due}, {@link #claim}, {@link #delivered}, {@link #failed}) each run in their own, as the board
 * whose deliveries they are, so a receiver that is down never rolls back a case's step. A delivery is tried as
 * {@link WebhookRetries} says; then it is given up: the board's timeline says so and it waits on Stuck work.
 */
@Stateless
public class WebhookOutbox {

    /** A claimed delivery that is neither delivered nor failed by then (its node died mid-try) is tried again. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private static final int MAX_ERROR = 1000;

    @Inject
    private Clock clock;

    @Inject
    private WebhookRepository webhooks;

    @Inject
    private Event<WebhooksQueued> queued;

    @Inject
    private TimelineService timeline;

    /** One try, as the sender reads it: what to post, where, signed with which secrets. */
    public record Pending(long id, int attempts, String messageId, String address, String body, String[] secrets) {
    }

    /** Queues a delivery of {@code payload} to the subscription, in the current transaction, on the caller's board. */
    public void queue(WebhookSubscription subscription, WebhookPayload payload) {
        webhooks.add(new WebhookDelivery(subscription.id(), payload, Instant.now(clock)));
        queued.fire(new WebhooksQueued(CallerContext.current().tenantId()));
    }

    /** The board's deliveries due now, oldest first, with their subscription's address and secrets. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Pending> due(Instant now, int max) {
        // The board's subscriptions read once (a board has at most 20), not once a delivery.
        java.util.Map<Long, WebhookSubscription> subscriptions = subscriptionsById();
        return webhooks.due(now, max).stream().filter(d -> subscriptions.containsKey(d.subscriptionId()))
                .map(d -> {
                    WebhookSubscription s = subscriptions.get(d.subscriptionId());
                    return new Pending(d.id(), d.attempts(), d.messageId(), s.address(), d.payload(),
                            s.signingSecrets(now));
                }).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id, int attempts, Instant now) {
        return webhooks.claim(id, attempts, now.plus(CLAIM_LEASE));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(long id, int status, Instant at) {
        webhooks.delivered(id, status, at);
    }

    /**
     * The {@code attempts}-th try failed: the next waits as {@link WebhookRetries} says, or, after the last, the
     * delivery is given up, recorded on the board's timeline (the event and its reference, never the receiver's
     * answer, which may quote anything) and listed on Stuck work. Answers whether it was given up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(long id, int attempts, Integer status, String error, Instant now) {
        String why = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        var wait = WebhookRetries.configured().after(attempts);
        if (wait.isPresent()) {
            webhooks.retryLater(id, status, why, now.plus(wait.get()));
            return false;
        }
        if (webhooks.giveUp(id, status, why, now) != 1) {
            return false;
        }
        WebhookDelivery delivery = webhooks.delivery(id).orElseThrow();
        String address = webhooks.subscription(delivery.subscriptionId()).map(WebhookSubscription::address).orElse("");
        timeline.record(null, WebhookAction.WEBHOOK_GIVEN_UP, describe(delivery, address) + " was not taken after "
                + attempts + " tries and will not be tried again; it waits on Stuck work.");
        return true;
    }

    /** The board's deliveries given up and not dealt with, oldest first. */
    public List<WebhookDelivery> givenUp() {
        return webhooks.givenUp();
    }

    /** The board's deliveries that failed and are being tried again by themselves, the next try first (at most 200). */
    public List<WebhookDelivery> beingRetried() {
        return webhooks.beingRetried(200);
    }

    /** The addresses of the board's subscriptions not removed, by subscription id, read once for a list. */
    public java.util.Map<Long, String> addresses() {
        java.util.Map<Long, String> addresses = new java.util.HashMap<>();
        subscriptionsById().forEach((id, s) -> addresses.put(id, s.address()));
        return addresses;
    }

    private java.util.Map<Long, WebhookSubscription> subscriptionsById() {
        java.util.Map<Long, WebhookSubscription> byId = new java.util.HashMap<>();
        webhooks.subscriptions().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /** The address a delivery goes to ("" when its subscription was removed). */
    public String addressOf(WebhookDelivery delivery) {
        return webhooks.subscription(delivery.subscriptionId()).map(WebhookSubscription::address).orElse("");
    }

    /** A delivery given up, due again now with a fresh set of tries; "not found" unless it is the board's and given up. */
    public void tryAgain(long id) {
        WebhookDelivery delivery = givenUpDelivery(id);
        delivery.tryAgain(Instant.now(clock));
        timeline.record(null, WebhookAction.WEBHOOK_TRIED_AGAIN, describe(delivery, addressOf(delivery))
                + " is being sent again.");
        queued.fire(new WebhooksQueued(CallerContext.current().tenantId()));
    }

    /** The receiver's owner was told another way: the delivery leaves Stuck work, recording by whom. */
    public void dealtWith(long id) {
        WebhookDelivery delivery = givenUpDelivery(id);
        delivery.dealtWith(CallerContext.current().username(), Instant.now(clock));
        timeline.record(null, WebhookAction.WEBHOOK_DEALT_WITH, describe(delivery, addressOf(delivery))
                + " was dealt with another way.");
    }

    private WebhookDelivery givenUpDelivery(long id) {
        WebhookDelivery delivery = webhooks.locked(id).orElse(null);
        if (delivery == null || !delivery.givenUp()) {
            throw new NotFoundException("No webhook delivery given up on with id " + id);
        }
        return delivery;
    }

    /** "The event “referral.sent” (CHSCB-2026-0004) to https://hr.example.org/hooks". */
    static String describe(WebhookDelivery delivery, String address) {
        return "The event \"" + delivery.eventType() + "\""
                + (delivery.reference() == null ? "" : " (" + delivery.reference() + ")") + " to " + address;
    }
}
