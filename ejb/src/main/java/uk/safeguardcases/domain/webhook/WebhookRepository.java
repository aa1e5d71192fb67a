package uk.safeguardcases.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The board's subscriptions and their deliveries: the caller's board's only (the tenant filter). */
public interface WebhookRepository {

    void add(WebhookSubscription subscription);

    /** The subscriptions not removed, oldest first. */
    List<WebhookSubscription> subscriptions();

    /** A subscription not removed, by its id. */
    Optional<WebhookSubscription> subscription(long id);

    void add(WebhookDelivery delivery);

    /** A removed subscription's deliveries not yet delivered: none will be tried again, nor listed as stuck. */
    void closeOpenDeliveries(long subscriptionId, String by, Instant at);

    /** Deliveries neither delivered nor given up whose next try is due, of subscriptions not removed, oldest first. */
    List<WebhookDelivery> due(Instant now, int max);

    /**
     * Claims one try: true for exactly one sender (on any node) that read {@code attempts}; the try is counted and
     * the delivery is not due again before {@code lease} (a node that dies mid-try leaves it to be tried then).
     */
    boolean claim(long id, int attempts, Instant lease);

    void delivered(long id, int status, Instant at);

    void retryLater(long id, Integer status, String error, Instant next);

    /** Gives the delivery up; 1 when this call did (0 when it was delivered or given up meanwhile). */
    int giveUp(long id, Integer status, String error, Instant at);

    Optional<WebhookDelivery> delivery(long id);

    /** The delivery, locked for a person's change (try again, dealt with). */
    Optional<WebhookDelivery> locked(long id);

    /** A subscription's latest deliveries, newest first. */
    List<WebhookDelivery> log(long subscriptionId, int max);

    /** Deliveries given up and not dealt with, oldest first. */
    List<WebhookDelivery> givenUp();

    /** Deliveries that failed and are being tried again by themselves, the next try first. */
    List<WebhookDelivery> beingRetried(int max);

    /** The reference of the board's case with this id, if it is the board's. */
    Optional<String> caseReference(long caseId);
}
