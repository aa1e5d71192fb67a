package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.publicconcern.WorkChallengeRepository;

/** The challenges taken and the key that signs them, in plain SQL: neither is an entity, nor any board's. */
@ApplicationScoped
public class JpaWorkChallengeRepository implements WorkChallengeRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> key() {
        List<?> kept = em.createNativeQuery("select secret from public_report_key where id = 1").getResultList();
        return kept.isEmpty() ? Optional.empty() : Optional.of((String) kept.get(0));
    }

    @Override
    public void keepKey(String hex) {
        em.createNativeQuery("insert into public_report_key (id, secret) values (1, ?1)").setParameter(1, hex)
                .executeUpdate();
    }

    @Override
    public void forgetTakenBefore(Instant before) {
        em.createNativeQuery("delete from public_report_challenge where used_at < ?1").setParameter(1, before)
                .executeUpdate();
    }

    @Override
    public boolean taken(String challengeId) {
        Number used = (Number) em.createNativeQuery("select count(*) from public_report_challenge"
                + " where challenge_id = ?1").setParameter(1, challengeId).getSingleResult();
        return used.intValue() > 0;
    }

    @Override
    public void take(String challengeId, Instant at) {
        em.createNativeQuery("insert into public_report_challenge (challenge_id, used_at) values (?1, ?2)")
                .setParameter(1, challengeId).setParameter(2, at).executeUpdate();
    }
}
