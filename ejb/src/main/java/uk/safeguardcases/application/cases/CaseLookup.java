package uk.safeguardcases.application.cases;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/** Finds a case of the caller's board; another board's case is "not found", like a missing one. */
@Stateless
public class CaseLookup {

    @PersistenceContext
    private EntityManager em;

    public SafeguardingCase byReference(String reference) {
        return em.createQuery("select c from SafeguardingCase c join fetch c.organisation where c.reference = :ref",
                        SafeguardingCase.class)
                .setParameter("ref", reference == null ? "" : reference.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no case " + reference + " on your board."));
    }

    public SafeguardingCase byId(long id) {
        return em.createQuery("select c from SafeguardingCase c join fetch c.organisation where c.id = :id",
                        SafeguardingCase.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no case " + id + " on your board."));
    }
}
