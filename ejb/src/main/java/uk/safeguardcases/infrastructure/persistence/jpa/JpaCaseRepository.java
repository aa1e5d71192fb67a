package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SafeguardingCase> byReference(String reference) {
        return em.createQuery("select c from SafeguardingCase c join fetch c.organisation where c.reference = :ref",
                        SafeguardingCase.class)
                .setParameter("ref", reference == null ? "" : reference.strip())
                .getResultStream().findFirst();
    }

    /**
     * Found by primary key, so a case already loaded in this transaction costs no query; the board is checked here,
     * the one place, because a load by id is not a query Hibernate's tenant filter restricts.
     */
    @Override
    public Optional<SafeguardingCase> byId(long id) {
        SafeguardingCase found = em.find(SafeguardingCase.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public List<SafeguardingCase> about(long personId) {
        return em.createQuery("select c from SafeguardingCase c where c.subjectPersonId = :person",
                SafeguardingCase.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<SafeguardingCase> aboutNamed(String subjectName) {
        return em.createQuery("select c from SafeguardingCase c where c.subjectPersonId is null"
                        + " and lower(c.subjectName) = :name and c.removedAt is null", SafeguardingCase.class)
                .setParameter("name", subjectName.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    @Override
    public void add(SafeguardingCase safeguardingCase) {
        em.persist(safeguardingCase);
    }
}
