package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchRule;
import uk.safeguardcases.domain.search.SearchLogEntry;

@ApplicationScoped
public class JpaChildSearchRepository implements ChildSearchRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ChildSearch> byReference(String reference) {
        return em.createQuery("select s from ChildSearch s where s.reference = :r", ChildSearch.class)
                .setParameter("r", reference == null ? "" : reference.strip()).getResultStream().findFirst();
    }

    /** By primary key, which Hibernate's tenant filter does not restrict: the board is checked here. */
    @Override
    public Optional<ChildSearch> byId(long id) {
        ChildSearch found = em.find(ChildSearch.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public List<ChildSearch> all() {
        return em.createQuery("select s from ChildSearch s order by s.requestedAt desc, s.id desc", ChildSearch.class)
                .setMaxResults(2000).getResultList();
    }

    @Override
    public int highestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        return em.createQuery("select s.reference from ChildSearch s where s.reference like :start", String.class)
                .setParameter("start", start + "%").getResultStream()
                .map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public void add(ChildSearch search) {
        em.persist(search);
        em.flush();
    }

    @Override
    public List<ChildSearch> dueForRemoval(java.time.LocalDate today) {
        return em.createQuery("select s from ChildSearch s where s.keepUntil <= :today and s.status in :finished"
                        + " order by s.id", ChildSearch.class).setParameter("today", today)
                .setParameter("finished", List.of(uk.safeguardcases.domain.search.ChildSearchStatus.CLOSED,
                        uk.safeguardcases.domain.search.ChildSearchStatus.REFUSED))
                .setMaxResults(500).getResultList();
    }

    @Override
    public void remove(ChildSearch search) {
        em.createQuery("delete from SearchLogEntry e where e.searchId = :s").setParameter("s", search.id())
                .executeUpdate();
        em.remove(search);
    }

    @Override
    public List<SearchLogEntry> logOf(long searchId) {
        return em.createQuery("select e from SearchLogEntry e where e.searchId = :s order by e.searchedAt, e.id",
                SearchLogEntry.class).setParameter("s", searchId).getResultList();
    }

    @Override
    public void add(SearchLogEntry entry) {
        em.persist(entry);
    }

    @Override
    public int countLog(long searchId) {
        return em.createQuery("select count(e) from SearchLogEntry e where e.searchId = :s", Long.class)
                .setParameter("s", searchId).getSingleResult().intValue();
    }

    @Override
    public Optional<ChildSearchRule> rule() {
        return em.createQuery("select r from ChildSearchRule r", ChildSearchRule.class).getResultStream().findFirst();
    }

    @Override
    public void add(ChildSearchRule rule) {
        em.persist(rule);
    }
}
