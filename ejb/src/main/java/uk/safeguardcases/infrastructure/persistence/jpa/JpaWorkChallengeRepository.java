package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.safeguardcases.domain.publicconcern.WorkChallengeRepository;

/** The challenges taken, in plain SQL: not an entity, nor any board's. */
@ApplicationScoped
public class JpaWorkChallengeRepository implements WorkChallengeRepository {

    @PersistenceContext
    private EntityManager em;

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
