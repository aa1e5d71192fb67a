package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.people.CredentialRepository;
import uk.safeguardcases.domain.people.PasswordReset;
import uk.safeguardcases.domain.people.RecoveryCode;
import uk.safeguardcases.domain.people.RememberedDevice;
import uk.safeguardcases.domain.people.SignInThrottle;

@ApplicationScoped
public class JpaCredentialRepository implements CredentialRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SignInThrottle> throttle(String address) {
        return Optional.ofNullable(em.find(SignInThrottle.class, address));
    }

    @Override
    public Optional<SignInThrottle> throttleLocked(String address) {
        return Optional.ofNullable(em.find(SignInThrottle.class, address, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(SignInThrottle throttle) {
        em.persist(throttle);
    }

    @Override
    public Optional<RecoveryCode> unusedRecoveryCode(long personId, String digest) {
        return em.createQuery("select r from RecoveryCode r where r.personId = :person"
                        + " and r.codeSha256 = :digest and r.usedAt is null", RecoveryCode.class)
                .setParameter("person", personId).setParameter("digest", digest)
                .getResultStream().findFirst();
    }

    @Override
    public void removeRecoveryCodes(long personId) {
        em.createQuery("delete from RecoveryCode r where r.personId = :person").setParameter("person", personId)
                .executeUpdate();
    }

    @Override
    public void add(RecoveryCode code) {
        em.persist(code);
    }

    @Override
    public void add(RememberedDevice device) {
        em.persist(device);
    }

    @Override
    public List<RememberedDevice> devicesWithToken(String digest) {
        return em.createQuery("select d from RememberedDevice d where d.tokenSha256 = :digest", RememberedDevice.class)
                .setParameter("digest", digest).getResultList();
    }

    @Override
    public long devicesRemembered(long personId, Instant now) {
        return em.createQuery("select count(d) from RememberedDevice d where d.personId = :person"
                + " and d.expiresAt > :now", Long.class).setParameter("person", personId)
                .setParameter("now", now).getSingleResult();
    }

    @Override
    public int forgetDevices(long personId) {
        return em.createQuery("delete from RememberedDevice d where d.personId = :person")
                .setParameter("person", personId).executeUpdate();
    }

    @Override
    public long resetsSince(long personId, Instant since) {
        return em.createQuery("select count(r) from PasswordReset r where r.personId = :person and r.createdAt > :since",
                        Long.class).setParameter("person", personId)
                .setParameter("since", since).getSingleResult();
    }

    @Override
    public void add(PasswordReset reset) {
        em.persist(reset);
    }

    @Override
    public List<ResetRow> resetsWithToken(String digest) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, tenant_id, expires_at, used_at from password_reset"
                        + " where token_sha256 = ?1").setParameter(1, digest).getResultList();
        return rows.stream().map(r -> new ResetRow(((Number) r[0]).longValue(), (String) r[1], instant(r[2]),
                r[3] == null ? null : instant(r[3]))).toList();
    }

    @Override
    public Optional<PasswordReset> resetLocked(long id) {
        return Optional.ofNullable(em.find(PasswordReset.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Instant instant(Object value) {
        if (value instanceof java.util.Date timestamp) { // a native query's timestamp
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return Instant.parse(value.toString());
    }
}
