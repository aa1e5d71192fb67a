package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.audit.ReadHead;
import uk.safeguardcases.domain.audit.ReadRecord;
import uk.safeguardcases.domain.audit.ReadRepository;

@ApplicationScoped
public class JpaReadRepository implements ReadRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ReadHead> headLocked(ReadHead.Key key) {
        return Optional.ofNullable(em.find(ReadHead.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ReadHead head) {
        em.persist(head);
        em.flush();
    }

    @Override
    public void add(ReadRecord record) {
        em.persist(record);
    }

    @Override
    public List<ReadRecord> ofCase(long caseId, int most) {
        return em.createQuery("select r from ReadRecord r where r.caseId = :caseId order by r.readAt desc, r.id desc",
                ReadRecord.class).setParameter("caseId", caseId).setMaxResults(most).getResultList();
    }

    @Override
    public List<ReadRecord> ofReader(String reader, int most) {
        return em.createQuery("select r from ReadRecord r where r.reader = :reader order by r.readAt desc, r.id desc",
                ReadRecord.class).setParameter("reader", reader).setMaxResults(most).getResultList();
    }

    @Override
    public List<ReadRecord> chains() {
        return em.createQuery("select r from ReadRecord r order by r.reader, r.sequenceNo", ReadRecord.class)
                .getResultList();
    }
}
