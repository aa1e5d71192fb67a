package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;

@ApplicationScoped
public class JpaClauseRepository implements ClauseRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PolicyClause> all() {
        return em.createQuery("select c from PolicyClause c order by c.retired, c.sortOrder, c.reference, c.versionNo",
                PolicyClause.class).getResultList();
    }

    @Override
    public List<PolicyClause> inForce() {
        return BoardQuery.list(em.createQuery("select c from PolicyClause c where c.tenantId = :board"
                + " and c.retired = false order by c.sortOrder, c.id", PolicyClause.class));
    }

    @Override
    public Optional<PolicyClause> inForce(String reference) {
        return em.createQuery("select c from PolicyClause c where c.reference = :r"
                        + " and c.retired = false order by c.versionNo desc", PolicyClause.class)
                .setParameter("r", reference).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Long> idsInForce(String reference) {
        return em.createQuery(
                        "select c.id from PolicyClause c where c.reference = :reference and c.retired = false", Long.class)
                .setParameter("reference", reference).getResultList();
    }

    @Override
    public Optional<PolicyClause> inForceById(long id) {
        return em.createQuery("select c from PolicyClause c where c.id = :id and c.retired = false",
                        PolicyClause.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Loaded by id, which the tenant filter does not restrict: the board is checked here. */
    @Override
    public Optional<PolicyClause> byId(long id) {
        PolicyClause found = em.find(PolicyClause.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public Integer lastSortOrder() {
        return em.createQuery("select max(c.sortOrder) from PolicyClause c", Integer.class).getSingleResult();
    }

    @Override
    public Integer lastVersion(String reference) {
        return em.createQuery("select max(c.versionNo) from PolicyClause c where c.reference = :reference",
                Integer.class).setParameter("reference", reference).getSingleResult();
    }

    @Override
    public long citations(long clauseId) {
        return em.createQuery("select count(a) from Allegation a where a.clause.id = :id", Long.class)
                .setParameter("id", clauseId).getSingleResult();
    }

    @Override
    public Map<Long, Long> citations() {
        return em.createQuery("select a.clause.id, count(a) from Allegation a group by a.clause.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public void add(PolicyClause clause) {
        em.persist(clause);
    }

    @Override
    public void addVersion(PolicyClause next) {
        em.flush();
        em.persist(next);
    }

    @Override
    public void remove(PolicyClause clause) {
        em.remove(clause);
    }
}
