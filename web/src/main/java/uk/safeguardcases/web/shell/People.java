package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.people.PersonName;

/**
 * People as pages name them, in the page's language: {@code #{people.name(t.actor)}} gives "Siân Rhys (Senior
 * manager)" for a login of the caller's board, never the login itself (see {@link PeopleNames}). Each login is
 * looked up once per request; a page that names many at once may {@link #know} them first, in one query.
 */
@Named
@RequestScoped
public class People {

    @Inject
    private PeopleNames names;

    @Inject
    private Labels labels;

    private final Map<String, PersonName> known = new HashMap<>();

    /** Looks up all of {@code usernames} at once, for a page that names them one by one afterwards. */
    public void know(Collection<String> usernames) {
        known.putAll(names.of(usernames.stream().filter(u -> u != null && !known.containsKey(u)).toList()));
    }

    /** "Siân Rhys (Senior manager)"; the name alone for the product's own steps; empty for none. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        PersonName name = known.computeIfAbsent(username, names::of);
        return name.roles().isEmpty() ? name.displayName()
                : name.displayName() + " (" + labels.roles(name.roles()) + ")";
    }
}
