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
        return em.createQuery("select c.id, c.reference, c.raisedAt, c.closedAt, c.closureReason, c.source,"
                + " c.occurredAt, c.occurredDayOnly from SafeguardingCase c where c.subjectPersonId = :p", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }

    @Override
    public List<Object[]> lowLevelConcernsAbout(long personId, int most) {
        return em.createQuery("select l.id, l.occurredOn, l.summary, l.caseReference from LowLevelConcern l"
                + " where l.personId = :p", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }

    @Override
    public List<Object[]> requestsTo(long personId, int most) {
        return em.createQuery("select r.sentAt, r.kind, r.caseId, r.respondedAt, r.response from MemberRequest r"
                + " where r.caseId in (select c.id from SafeguardingCase c where c.subjectPersonId = :p)", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }

    @Override
    public List<Object[]> declarationsOf(long personId, int most) {
        return em.createQuery("select d.askedAt, d.declaredAt, d.countersignedAt, v.number, v.title from Declaration d"
                + " join PolicyVersion v on v.id = d.policyVersionId where d.personId = :p", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }

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

    @Override
    public List<Object[]> searchesLoggedBy(String username, int most) {
        return em.createQuery("select e.searchedAt, s.reference, e.platform, e.searchedFor from SearchLogEntry e"
                    + " join ChildSearch s on s.id = e.searchId where e.loggedBy = :p", Object[].class)
                .setParameter("p", username).setMaxResults(most).getResultList();
    }
}
