package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.referral.ExternalReferral;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.referral.SentReferralPack;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Referral> ofCase(long caseId) {
        return em.createQuery("select r from Referral r where r.caseId = :caseId", Referral.class)
                .setParameter("caseId", caseId).getResultStream().findFirst();
    }

    @Override
    public java.util.List<ExternalReferral> externalOf(long caseId) {
        return em.createQuery(
                        "select e from ExternalReferral e where e.caseId = :id order by e.referredAt", ExternalReferral.class)
                .setParameter("id", caseId).getResultList();
    }

    @Override
    public Optional<SentReferralPack> sentPack(long caseId) {
        return em.createQuery("select p from SentReferralPack p where p.caseId = :caseId", SentReferralPack.class)
                .setParameter("caseId", caseId).getResultStream().findFirst();
    }

    @Override
    public Optional<SentPackCopy> sentPackCopy(long caseId) {
        return em.createQuery("select p.sha256, p.sentAt, p.sizeBytes from SentReferralPack p"
                        + " where p.caseId = :caseId", Object[].class)
                .setParameter("caseId", caseId).getResultStream().findFirst()
                .map(row -> new SentPackCopy((String) row[0], (java.time.Instant) row[1], (Integer) row[2]));
    }

    @Override
    public void add(SentReferralPack pack) {
        em.persist(pack);
    }

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }
}
