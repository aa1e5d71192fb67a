package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * Loaded by id (one already loaded in this transaction costs nothing; a query with the tenant filter on is
     * translated to SQL afresh each time), and the board checked here, since a load by id is not a query Hibernate's
     * tenant filter restricts: another board's organisation is not found.
     */
    @Override
    public Optional<ParentOrganisation> byId(long id) {
        ParentOrganisation found = em.find(ParentOrganisation.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public java.util.List<ParentOrganisation> all() {
        return em.createQuery("select o from ParentOrganisation o", ParentOrganisation.class).getResultList();
    }
}
