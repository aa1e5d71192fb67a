package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.application.official.OfficialAccountChronologyRecords;

@ApplicationScoped
public class JpaOfficialAccountChronologyRecords implements OfficialAccountChronologyRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Object[]> accreditationsOf(String username, int most) {
        return em.createQuery("select a.recordedAt, a.passedOn, a.expiresOn, a.expiredAt from Accreditation a"
                    + " where a.username = :p", Object[].class)
                .setParameter("p", username).setMaxResults(most).getResultList();
    }

    @Override
    public List<Object[]> officialAccountsOwnedBy(String username, int most) {
        return em.createQuery("select o.registeredAt, o.platform, o.handle from OfficialAccount o"
                    + " where o.owner = :p", Object[].class)
                .setParameter("p", username).setMaxResults(most).getResultList();
    }

    @Override
    public List<Object[]> officialAccountRequestsBy(String username, int most) {
        return em.createQuery("select o.requestedAt, o.reference, o.handle from OfficialAccountRequest o"
                    + " where o.requestedBy = :p", Object[].class)
                .setParameter("p", username).setMaxResults(most).getResultList();
    }
}
