package uk.safeguardcases.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The e-mails waiting to go, sent, and given up on. */
public interface OutboxRepository {

    void add(OutboxMessage message);

    /** The unsent messages not given up on whose next attempt is due at {@code now}, oldest due first. */
    List<OutboxMessage> due(Instant now, int max);

    /** Takes the message for its attempt number {@code attempts} + 1, until {@code lease}; false if another took it. */
    boolean claim(long id, int attempts, Instant lease);

    void sent(long id, Instant at);

    /** The name of the message's kind. */
    String kindOf(long id);

    /** Notes the error; the message waits until {@code next}. */
    void retryLater(long id, String error, Instant next);

    /** Gives the message up at {@code now} with its error; 1 if this did, 0 if it was sent or given up already. */
    int giveUp(long id, String error, Instant now);

    OutboxMessage byId(long id);

    /** The board's messages given up on and not dealt with since, oldest first. */
    List<OutboxMessage> givenUp();

    /** The board's messages that failed and wait for another try, the next due first. */
    List<OutboxMessage> beingRetried(int max);

    /** The board's message, locked until the transaction ends; another board's is not found. */
    Optional<OutboxMessage> locked(long id);

    /** The case's messages, in the order queued. */
    List<OutboxMessage> ofCase(long caseId);
}
