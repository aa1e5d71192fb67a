package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    private EntityManager em;

    /** A query, not a load by id, so the tenant filter applies: another board's organisation is not found. */
    @Override
    public Optional<ParentOrganisation> byId(long id) {
        return em.createQuery("select o from ParentOrganisation o where o.id = :id", ParentOrganisation.class)
                .setParameter("id", id).getResultStream().findFirst();
    }
}
