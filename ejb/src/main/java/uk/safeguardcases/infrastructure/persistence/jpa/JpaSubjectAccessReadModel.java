package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import uk.safeguardcases.application.access.SubjectAccessReadModel;
import uk.safeguardcases.domain.audit.ReadRecord;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.OutboxMessage;

/** A subject access answer's reads in JPQL, every one tenant-filtered by Hibernate. */
@ApplicationScoped
public class JpaSubjectAccessReadModel implements SubjectAccessReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<SafeguardingCase> casesAboutAccount(long personId) {
        return em.createQuery("select c from SafeguardingCase c where c.removedAt is null and c.subjectPersonId = :person",
                SafeguardingCase.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<SafeguardingCase> casesAboutName(Collection<String> names) {
        return em.createQuery("select c from SafeguardingCase c where c.removedAt is null and c.subjectPersonId is null"
                + " and lower(c.subjectName) in (:names)", SafeguardingCase.class).setParameter("names", names)
                .getResultList();
    }

    @Override
    public List<SafeguardingCase> casesRaisedBy(String username) {
        return em.createQuery("select c from SafeguardingCase c where c.removedAt is null and c.raisedBy = :username",
                SafeguardingCase.class).setParameter("username", username).getResultList();
    }

    @Override
    public List<OutboxMessage> emailsTo(Collection<String> addresses) {
        return addresses.isEmpty() ? List.of() : em.createQuery("select m from OutboxMessage m"
                + " where lower(m.recipient) in :to order by m.createdAt, m.id", OutboxMessage.class)
                .setParameter("to", addresses).getResultList();
    }

    @Override
    public List<ReadRecord> readsBy(String username) {
        return em.createQuery("select r from ReadRecord r where r.reader = :reader order by r.readAt, r.id",
                ReadRecord.class).setParameter("reader", username).getResultList();
    }

    @Override
    public List<ReadRecord> readsOfCase(long caseId) {
        return em.createQuery("select r from ReadRecord r where r.caseId = :caseId order by r.readAt, r.id",
                ReadRecord.class).setParameter("caseId", caseId).getResultList();
    }
}
