package uk.safeguardcases.application.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.cases.CaseLookup;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.OutboxMessage;
import uk.safeguardcases.domain.people.Role;

/**
 * The one home of the e-mail outbox. {@link #queue} writes in the caller's transaction; the sender's
 * steps ({@link #due}, {@link #claim}, {@link #sent}, {@link #failed}) each run in their own, as the board
 * whose messages they are, so a failing mail server never rolls back a case step and a sent message is
 * recorded even when the next one fails.
 */
@Stateless
public class Outbox {

    /** A claimed message that is neither sent nor failed by then (its node died mid-send) is tried again. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private static final int MAX_ERROR = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseLookup cases;

    @Inject
    private Event<MessagesQueued> queued;

    /** Queues a message in the current transaction, on the caller's board; it is sent once that commits. */
    public void queue(Long caseId, Notice kind, String recipient, String subject, String body) {
        em.persist(OutboxMessage.queue(caseId, kind, recipient, subject, body, Instant.now()));
        queued.fire(new MessagesQueued(CallerContext.current().tenantId()));
    }

    /** The board's unsent messages whose next attempt is due, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PendingMessage> due(Instant now, int max) {
        return em.createQuery("select m from OutboxMessage m where m.sentAt is null and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", OutboxMessage.class)
                .setParameter("now", now).setMaxResults(max).getResultStream()
                .map(m -> new PendingMessage(m.id(), m.tenantId(), m.attempts(), m.recipient(), m.subject(), m.body()))
                .toList();
    }

    /**
     * Claims one attempt at sending: true for exactly one sender (on any node) that read {@code attempts}.
     * Optimistic, so it works the same on H2 and PostgreSQL and holds no lock while the mail server talks.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id, int attempts, Instant now) {
        return em.createQuery("update OutboxMessage m set m.attempts = m.attempts + 1, m.nextAttemptAt = :lease"
                        + " where m.id = :id and m.sentAt is null and m.attempts = :attempts")
                .setParameter("lease", now.plus(CLAIM_LEASE)).setParameter("id", id)
                .setParameter("attempts", attempts).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        em.createQuery("update OutboxMessage m set m.sentAt = :at, m.lastError = null where m.id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    /** The {@code attempts}-th attempt failed: the next waits 2 s, 4 s, 8 s … up to 5 minutes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, int attempts, String error, Instant now) {
        String why = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        em.createQuery("update OutboxMessage m set m.lastError = :error, m.nextAttemptAt = :next"
                        + " where m.id = :id and m.sentAt is null")
                .setParameter("error", why).setParameter("next", now.plus(OutboxMessage.backOff(attempts)))
                .setParameter("id", id).executeUpdate();
    }

    /** The e-mails about a case of the caller's board, oldest first; another board's case is "not found". */
    public List<SentNotice> aboutCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        return em.createQuery("select m from OutboxMessage m where m.caseId = :caseId order by m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("caseId", safeguardingCase.id()).getResultStream()
                .map(m -> new SentNotice(m.kind().name(), m.recipient(), m.subject(), m.body(), m.createdAt(),
                        m.attempts(), m.sentAt(), m.lastError()))
                .toList();
    }
}
