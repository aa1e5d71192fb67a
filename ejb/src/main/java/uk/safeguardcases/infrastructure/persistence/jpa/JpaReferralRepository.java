package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.referral.ReferralRepository;

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
    public void add(Referral referral) {
        em.persist(referral);
    }
}
