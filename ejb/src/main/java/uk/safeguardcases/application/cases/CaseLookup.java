package uk.safeguardcases.application.cases;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

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
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.case", reference)));
    }

    /**
     * The case as seen by the caller: board staff see any case of their board; a member only a case about
     * themselves (any other is "not found").
     */
    public SafeguardingCase forCaller(Caller caller, String reference) {
        SafeguardingCase safeguardingCase = byReference(reference);
        if (caller.has(Role.MEMBER) && !caller.has(Role.OFFICER) && !isSubject(caller, safeguardingCase)) {
            throw new NotFoundException(Texts.text("notFound.requestForYou", reference));
        }
        return safeguardingCase;
    }

    /** The caller's own account on their board (a member's person id), or null when they have none. */
    public Long personIdOf(Caller caller) {
        return em.createQuery("select p.id from Person p where p.username = :username", Long.class)
                .setParameter("username", caller.username()).getResultStream().findFirst().orElse(null);
    }

    private boolean isSubject(Caller caller, SafeguardingCase safeguardingCase) {
        return safeguardingCase.subjectPersonId() != null && !em.createQuery(
                        "select p.id from Person p where p.id = :id and p.username = :username", Long.class)
                .setParameter("id", safeguardingCase.subjectPersonId())
                .setParameter("username", caller.username()).getResultList().isEmpty();
    }

    /**
     * The case with this id (taken from the board's own process or records). Found by primary key, so a case
     * already loaded in this transaction costs no query; the board is checked here because a load by id is not
     * a query the tenant filter restricts.
     */
    public SafeguardingCase byId(long id) {
        SafeguardingCase safeguardingCase = em.find(SafeguardingCase.class, id);
        if (safeguardingCase == null || !safeguardingCase.tenantId().equals(CallerContext.current().tenantId())) {
            throw new NotFoundException(Texts.text("notFound.case", String.valueOf(id)));
        }
        return safeguardingCase;
    }
}
