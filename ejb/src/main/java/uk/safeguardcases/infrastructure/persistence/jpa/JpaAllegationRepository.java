package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import uk.safeguardcases.domain.allegation.Allegation;
import uk.safeguardcases.domain.allegation.AllegationRepository;

/** The board's allegations in JPQL, in the transaction's session (the board's filter narrows every query). */
@ApplicationScoped
public class JpaAllegationRepository implements AllegationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Allegation> allegationsOn(long caseId) {
        return em.createQuery("select a from Allegation a join fetch a.clause where a.caseId = :caseId order by a.id",
                        Allegation.class)
                .setParameter("caseId", caseId).getResultList();
    }

    @Override
    public List<Allegation> allegationsOf(Collection<Long> caseIds) {
        return em.createQuery("select a from Allegation a join fetch a.clause where a.caseId in :caseIds"
                        + " order by a.clause.sortOrder, a.id", Allegation.class)
                .setParameter("caseIds", caseIds).getResultList();
    }

    @Override
    public void add(Allegation allegation) {
        em.persist(allegation);
    }
}
