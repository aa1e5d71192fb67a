package uk.safeguardcases.application.tenancy;

import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.cases.CaseRepository;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
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
        return cases.byReference(reference).orElseThrow(() -> notFound("notFound.case", reference));
    }

    /**
     * As {@link #byReference}, for a service that only reads the case: found once per request however many services
     * of a page read it (see {@link CaseRepository#toRead}). Never for changing it.
     */
    public SafeguardingCase toRead(String reference) {
        return cases.toRead(reference).orElseThrow(() -> notFound("notFound.case", reference));
    }

    /**
     * The case as seen by the caller: board staff see any case of their board; a member only a case about
     * themselves (any other is "not found", said as a member would ask).
     */
    public SafeguardingCase forCaller(Caller caller, String reference) {
        if (caller.has(Role.MEMBER) && !caller.has(Role.OFFICER)) {
            return cases.byReference(reference).orElseThrow(() -> notFound("notFound.requestForYou", reference));
        }
        return byReference(reference);
    }

    /** The caller's own account on their board (a member's person id), or null when they have none. */
    public Long personIdOf(Caller caller) {
        return people.idOf(caller.username()).orElse(null);
    }

    /** The case with this id (taken from the board's own process or records). */
    public SafeguardingCase byId(long id) {
        return cases.byId(id).orElseThrow(() -> notFound("notFound.case", String.valueOf(id)));
    }

    /**
     * "Not found" in the caller's words, from the services' bundle by the rules of {@code Texts} (Welsh for Welsh,
     * English otherwise, never the server's locale): read here, as {@link CallerContext} reads its refusals, because
     * {@code Texts} asks this package for the caller's language and so cannot be asked back.
     */
    static NotFoundException notFound(String key, String what) {
        Locale language = CallerContext.language();
        Locale locale = "cy".equals(language.getLanguage()) ? Locale.forLanguageTag("cy-GB") : Caller.ENGLISH;
        String pattern = ResourceBundle.getBundle("uk.safeguardcases.application.texts", locale,
                CaseLookup.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return new NotFoundException(new MessageFormat(pattern, locale).format(new Object[] {what}));
    }
}
