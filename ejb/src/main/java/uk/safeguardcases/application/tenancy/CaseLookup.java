package uk.safeguardcases.application.tenancy;

import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.cases.CaseRepository;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

/**
 * Finds a case of the caller's board through the {@link CaseRepository}, or says it is not found in the caller's
 * words: another board's case (or, for an HR partner or a member, a case not theirs to see) is "not found", like a
 * missing one.
 */
@Stateless
public class CaseLookup {

    @Inject
    private CaseRepository cases;

    @Inject
    private PersonRepository people;

    public SafeguardingCase byReference(String reference) {
        return cases.byReference(reference).orElseThrow(() -> new NotFoundException(Texts.text("notFound.case", reference)));
    }

    /**
     * As {@link #byReference}, for a service that only reads the case: found once per request however many services
     * of a page read it (see {@link CaseRepository#toRead}). Never for changing it.
     */
    public SafeguardingCase toRead(String reference) {
        return cases.toRead(reference).orElseThrow(() -> new NotFoundException(Texts.text("notFound.case", reference)));
    }

    /**
     * The case as seen by the caller: board staff see any case of their board; a member only a case about
     * themselves (any other is "not found", said as a member would ask).
     */
    public SafeguardingCase forCaller(Caller caller, String reference) {
        if (caller.has(Role.MEMBER) && !caller.has(Role.OFFICER)) {
            return cases.byReference(reference).orElseThrow(() -> new NotFoundException(
                    Texts.text("notFound.requestForYou", reference)));
        }
        return byReference(reference);
    }

    /** The caller's own account on their board (a member's person id), or null when they have none. */
    public Long personIdOf(Caller caller) {
        return people.idOf(caller.username()).orElse(null);
    }

    /** The case with this id (taken from the board's own process or records). */
    public SafeguardingCase byId(long id) {
        return cases.byId(id).orElseThrow(() -> new NotFoundException(Texts.text("notFound.case", String.valueOf(id))));
    }
}
