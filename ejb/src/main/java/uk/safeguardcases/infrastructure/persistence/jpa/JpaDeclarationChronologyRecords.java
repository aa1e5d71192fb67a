package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.application.declaration.DeclarationChronologyRecords;

@ApplicationScoped
public class JpaDeclarationChronologyRecords implements DeclarationChronologyRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Object[]> declarationsOf(long personId, int most) {
        return em.createQuery("select d.askedAt, d.declaredAt, d.countersignedAt, v.number, v.title from Declaration d"
                + " join PolicyVersion v on v.id = d.policyVersionId where d.personId = :p", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }
}
