package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.webhook.WebhookDelivery;
import uk.safeguardcases.domain.webhook.WebhookRepository;
import uk.safeguardcases.domain.webhook.WebhookSubscription;

/** The board's webhook subscriptions and deliveries, the caller's board's only (the tenant filter). */
@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    private static final String OPEN = " d.deliveredAt is null and d.givenUpAt is null";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(WebhookSubscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    @Override
    public List<WebhookSubscription> subscriptions() {
        return em.createQuery("select s from WebhookSubscription s where s.removedAt is null order by s.id",
                WebhookSubscription.class).getResultList();
    }

    @Override
    public Optional<WebhookSubscription> subscription(long id) {
        return em.createQuery("select s from WebhookSubscription s where s.id = :id and s.removedAt is null",
                WebhookSubscription.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(WebhookDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int max) {
        return em.createQuery("select d from WebhookDelivery d where" + OPEN + " and d.nextAttemptAt <= :now"
                + " and exists (select s.id from WebhookSubscription s where s.id = d.subscriptionId"
                + " and s.removedAt is null) order by d.nextAttemptAt, d.id", WebhookDelivery.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public void closeOpenDeliveries(long subscriptionId, String by, Instant at) {
        em.createQuery("update WebhookDelivery d set d.givenUpAt = coalesce(d.givenUpAt, :at), d.dealtWithBy = :by,"
                        + " d.dealtWithAt = :at where d.subscriptionId = :s and d.deliveredAt is null"
                        + " and d.dealtWithAt is null")
                .setParameter("at", at).setParameter("by", by).setParameter("s", subscriptionId).executeUpdate();
    }

    @Override
    public boolean claim(long id, int attempts, Instant lease) {
        return em.createQuery("update WebhookDelivery d set d.attempts = d.attempts + 1, d.nextAttemptAt = :lease"
                        + " where d.id = :id and" + OPEN + " and d.attempts = :attempts")
                .setParameter("lease", lease).setParameter("id", id).setParameter("attempts", attempts)
                .executeUpdate() == 1;
    }

    @Override
    public void delivered(long id, int status, Instant at) {
        em.createQuery("update WebhookDelivery d set d.deliveredAt = :at, d.lastStatus = :status, d.lastError = null"
                        + " where d.id = :id and" + OPEN)
                .setParameter("at", at).setParameter("status", status).setParameter("id", id).executeUpdate();
    }

    @Override
    public void retryLater(long id, Integer status, String error, Instant next) {
        em.createQuery("update WebhookDelivery d set d.lastStatus = :status, d.lastError = :error,"
                        + " d.nextAttemptAt = :next where d.id = :id and" + OPEN)
                .setParameter("status", status).setParameter("error", error).setParameter("next", next)
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public int giveUp(long id, Integer status, String error, Instant at) {
        return em.createQuery("update WebhookDelivery d set d.lastStatus = :status, d.lastError = :error,"
                        + " d.givenUpAt = :at where d.id = :id and" + OPEN)
                .setParameter("status", status).setParameter("error", error).setParameter("at", at)
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public Optional<WebhookDelivery> delivery(long id) {
        return em.createQuery("select d from WebhookDelivery d where d.id = :id", WebhookDelivery.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<WebhookDelivery> locked(long id) {
        return em.createQuery("select d from WebhookDelivery d where d.id = :id", WebhookDelivery.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<WebhookDelivery> log(long subscriptionId, int max) {
        return em.createQuery("select d from WebhookDelivery d where d.subscriptionId = :s order by d.id desc",
                WebhookDelivery.class).setParameter("s", subscriptionId).setMaxResults(max).getResultList();
    }

    @Override
    public List<WebhookDelivery> givenUp() {
        return em.createQuery("select d from WebhookDelivery d where d.givenUpAt is not null"
                + " and d.dealtWithAt is null and d.deliveredAt is null order by d.givenUpAt, d.id",
                WebhookDelivery.class).getResultList();
    }

    @Override
    public List<WebhookDelivery> beingRetried(int max) {
        return em.createQuery("select d from WebhookDelivery d where" + OPEN + " and d.attempts > 0"
                + " and d.lastError is not null order by d.nextAttemptAt, d.id", WebhookDelivery.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Optional<String> caseReference(long caseId) {
        return em.createQuery("select c.reference from SafeguardingCase c where c.id = :id", String.class)
                .setParameter("id", caseId).getResultStream().findFirst();
    }
}
