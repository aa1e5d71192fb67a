package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.ChainCheck;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineHead;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.audit.Visibility;

@ApplicationScoped
public class JpaTimelineRepository implements TimelineRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEntry> ofCase(long caseId) {
        return BoardQuery.list(em.createQuery("select e from TimelineEntry e where e.tenantId = :board"
                + " and e.caseId = :caseId order by e.sequenceNo", TimelineEntry.class).setParameter("caseId", caseId));
    }

    @Override
    public List<TimelineEntry> sharedWithHr(long caseId) {
        return em.createQuery("select e from TimelineEntry e where e.caseId = :caseId and e.visibility = :shared"
                        + " order by e.sequenceNo", TimelineEntry.class)
                .setParameter("caseId", caseId).setParameter("shared", Visibility.SHARED_WITH_HR).getResultList();
    }

    @Override
    public List<TimelineEntry> aboutTheBoard(int max) {
        return em.createQuery("select e from TimelineEntry e where e.caseId is null order by e.sequenceNo desc",
                TimelineEntry.class).setMaxResults(max).getResultList();
    }

    @Override
    public List<TimelineEntry> ofCasesRecording(Collection<Long> caseIds, Collection<String> actions) {
        return em.createQuery("select e from TimelineEntry e where e.caseId in :caseIds and e.action in :decisions"
                        + " order by e.sequenceNo desc", TimelineEntry.class)
                .setParameter("caseIds", caseIds)
                .setParameter("decisions", actions)
                .getResultList();
    }

    @Override
    public Optional<TimelineHead> headLocked(String board) {
        return Optional.ofNullable(em.find(TimelineHead.class, board, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The head is moved in SQL (ChainAtCommit), never as an entity, so one loaded before is read again. */
    @Override
    public TimelineHead headAsStored(String board) {
        TimelineHead head = em.find(TimelineHead.class, board);
        if (head != null) {
            em.refresh(head);
        }
        return head;
    }

    @Override
    public void readAgain(TimelineHead head) {
        em.refresh(head);
    }

    /**
     * Asked for the caller's own board (three times a dashboard, for the counts kept until the chain moves,
     * {@code BoardCounts}), through {@link BoardQuery}, which binds the session's board: planned once, not at every
     * call. For any other board, as asked.
     */
    @Override
    public Optional<Long> lastSequence(String board) {
        TypedQuery<Long> query = em.createQuery("select h.lastSequence from TimelineHead h where h.tenantId = :board",
                Long.class);
        if (board.equals(CallerContext.currentTenantOrNull())) {
            return BoardQuery.first(query);
        }
        return query.setParameter("board", board).getResultStream().findFirst();
    }

    @Override
    public Optional<TimelineEntry> entry(long sequence) {
        Optional<TimelineEntry> found = em.createQuery("select e from TimelineEntry e where e.sequenceNo = :sequence",
                TimelineEntry.class).setParameter("sequence", sequence).getResultStream().findFirst();
        found.ifPresent(em::detach);
        return found;
    }

    @Override
    public List<TimelineEntry> entriesBetween(long after, long last, int max) {
        List<TimelineEntry> batch = em.createQuery("select e from TimelineEntry e where e.sequenceNo > :after"
                        + " and e.sequenceNo <= :last order by e.sequenceNo", TimelineEntry.class)
                .setParameter("after", after).setParameter("last", last).setMaxResults(max)
                .getResultList();
        batch.forEach(em::detach);
        return batch;
    }

    @Override
    public Long lastWritten() {
        return em.createQuery("select max(e.sequenceNo) from TimelineEntry e", Long.class).getSingleResult();
    }

    @Override
    public Optional<ChainCheck> lastCheck() {
        return em.createQuery("select c from ChainCheck c order by c.checkedAt desc, c.id desc", ChainCheck.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<ChainCheck> lastIntactWholeCheck() {
        return em.createQuery("select c from ChainCheck c where c.intact = true and c.fromSequence <= 1"
                + " order by c.checkedAt desc, c.id desc", ChainCheck.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(ChainCheck check) {
        em.persist(check);
    }
}
