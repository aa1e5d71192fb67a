package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.application.chronology.ChronologyReadModel;

@ApplicationScoped
public class JpaChronologyReadModel implements ChronologyReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Object[]> casesAbout(long personId, int most) {
        return em.createQuery("select c.id, c.reference, c.raisedAt, c.closure.closedAt, c.closure.reason, c.source,"
                + " c.occurredAt, c.occurredDayOnly from SafeguardingCase c where c.subjectPersonId = :p", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }

    @Override
    public List<Object[]> requestsTo(long personId, int most) {
        return em.createQuery("select r.sentAt, r.kind, r.caseId, r.respondedAt, r.response from MemberRequest r"
                + " where r.caseId in (select c.id from SafeguardingCase c where c.subjectPersonId = :p)", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }
}
