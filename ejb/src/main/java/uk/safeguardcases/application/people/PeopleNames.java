package uk.safeguardcases.application.people;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;

/**
 * Who a login is, in words ("Siân Rhys (Senior manager)"), wherever a page or a document names a person: the
 * timeline, a case, a task, a referral. Only the people of the caller's board are found (the repository is
 * tenant-scoped), so another board's login is never given a name; it and anything that is not a person's login
 * are named as given. The product's own steps ({@link Caller#system}) are named as the product.
 */
@Stateless
public class PeopleNames {

    private static final String SYSTEM = Caller.system("").username();

    @Inject
    private PersonRepository people;

    /** The names of {@code usernames}, each found or not (see {@link #of(String)}). */
    public Map<String, PersonName> of(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, PersonName> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        for (Person p : people.byUsernames(wanted)) {
            names.put(p.username(), new PersonName(p.username(), p.displayName(), p.roles()));
        }
        for (String username : wanted) {
            names.computeIfAbsent(username, PeopleNames::notAPerson);
        }
        return names;
    }

    /** One person's name; a login that is not a person of the caller's board is named as given, with no role. */
    public PersonName of(String username) {
        return username == null ? null : of(List.of(username)).get(username);
    }

    /** "Siân Rhys (Senior manager)", in English (documents, the API); empty for none. */
    public String describe(String username) {
        PersonName name = of(username);
        return name == null ? "" : name.described();
    }

    /** The same in the caller's language ("Siân Rhys (Uwch reolwr)"), for the services' messages. */
    public String describeToCaller(String username) {
        PersonName name = of(username);
        if (name == null) {
            return "";
        }
        if (name.roles().isEmpty()) {
            return name.displayName();
        }
        return name.displayName() + " (" + name.roles().stream().sorted().map(r -> Texts.text("role." + r.name()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * {@link #describeToCaller} read in a transaction of its own, for a refusal: when two people complete one step at
     * once, the engine marks the loser's transaction to roll back before the refusal is worded, and a read in that
     * transaction would fail instead of telling them who won.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String describeToCallerForRefusal(String username) {
        return describeToCaller(username);
    }

    /**
     * {@link #describeToCallerForRefusal} for code that is not a bean (an exception's message); where no container runs (a
     * unit test) there is no board to look in, and the login is given as it is.
     */
    public static String describedToCaller(String username) {
        PeopleNames names;
        try {
            names = CDI.current().select(PeopleNames.class).get();
        } catch (IllegalStateException noContainer) {
            return username;
        }
        return names.describeToCallerForRefusal(username);
    }

    private static PersonName notAPerson(String username) {
        return new PersonName(username, SYSTEM.equals(username) ? Caller.system("").displayName() : username,
                Set.of());
    }
}
