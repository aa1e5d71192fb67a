package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.notification.OutboxMessage;
import uk.safeguardcases.domain.notification.OutboxRepository;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public List<OutboxMessage> due(Instant now, int max) {
        return em.createQuery("select m from OutboxMessage m where m.sentAt is null and m.undeliverableAt is null"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", OutboxMessage.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public boolean claim(long id, int attempts, Instant lease) {
        return em.createQuery("update OutboxMessage m set m.attempts = m.attempts + 1, m.nextAttemptAt = :lease"
                        + " where m.id = :id and m.sentAt is null and m.undeliverableAt is null"
                        + " and m.attempts = :attempts")
                .setParameter("lease", lease).setParameter("id", id)
                .setParameter("attempts", attempts).executeUpdate() == 1;
    }

    @Override
    public void sent(long id, Instant at) {
        em.createQuery("update OutboxMessage m set m.sentAt = :at, m.lastError = null where m.id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    @Override
    public String kindOf(long id) {
        return em.createQuery("select m.kind from OutboxMessage m where m.id = :id",
                String.class).setParameter("id", id).getSingleResult();
    }

    @Override
    public void retryLater(long id, String error, Instant next) {
        em.createQuery("update OutboxMessage m set m.lastError = :error, m.nextAttemptAt = :next"
                        + " where m.id = :id and m.sentAt is null and m.undeliverableAt is null")
                .setParameter("error", error).setParameter("next", next)
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public int giveUp(long id, String error, Instant now) {
        return em.createQuery("update OutboxMessage m set m.lastError = :error, m.undeliverableAt = :now"
                        + " where m.id = :id and m.sentAt is null and m.undeliverableAt is null")
                .setParameter("error", error).setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    @Override
    public OutboxMessage byId(long id) {
        return em.createQuery("select m from OutboxMessage m where m.id = :id", OutboxMessage.class)
                .setParameter("id", id).getSingleResult();
    }

    @Override
    public List<OutboxMessage> givenUp() {
        return em.createQuery("select m from OutboxMessage m where m.undeliverableAt is not null and m.sentAt is null"
                        + " and m.dealtWithAt is null order by m.undeliverableAt, m.id", OutboxMessage.class)
                .getResultList();
    }

    @Override
    public List<OutboxMessage> beingRetried(int max) {
        return em.createQuery("select m from OutboxMessage m where m.sentAt is null and m.undeliverableAt is null"
                        + " and m.lastError is not null order by m.nextAttemptAt, m.id", OutboxMessage.class)
                .setMaxResults(max).getResultList();
    }

    /** Hibernate's tenant filter applies to this query, so another board's id is not found. */
    @Override
    public Optional<OutboxMessage> locked(long id) {
        return em.createQuery("select m from OutboxMessage m where m.id = :id", OutboxMessage.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<OutboxMessage> ofCase(long caseId) {
        return em.createQuery("select m from OutboxMessage m where m.caseId = :caseId order by m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("caseId", caseId).getResultList();
    }
}
