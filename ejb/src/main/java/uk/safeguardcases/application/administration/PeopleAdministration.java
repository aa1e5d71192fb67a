package uk.safeguardcases.application.administration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.infrastructure.security.PasswordHashing;

/**
 * The board administrator's people and roles. Passwords are hashed exactly as the identity store checks
 * them ({@link PasswordHashing}) and never written anywhere else, not even to the audit timeline.
 */
@Stateless
public class PeopleAdministration {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,99}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimelineService timeline;

    public List<AdminPerson> people() {
        CallerContext.require(Role.ADMIN);
        Map<Long, String> names = organisationNames();
        return em.createQuery("select p from Person p order by p.active desc, p.displayName", Person.class)
                .getResultStream().map(p -> view(p, names)).toList();
    }

    public AdminPerson person(long id) {
        CallerContext.require(Role.ADMIN);
        return view(find(id), organisationNames());
    }

    public AdminPerson add(String username, String displayName, String email, Set<Role> roles, Long organisationId,
            char[] initialPassword) {
        CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanUsername = Checks.text(problems, "username", username, 100, "Enter a user name.");
        if (!problems.containsKey("username")) {
            if (!USERNAME.matcher(cleanUsername).matches()) {
                problems.put("username", "A user name has 3 to 100 letters, digits, dots, hyphens, underscores"
                        + " or @, and starts with a letter or digit.");
            } else if (usernameTaken(cleanUsername)) {
                problems.put("username", "The user name " + cleanUsername + " is already taken. User names are"
                        + " unique across every board using Safeguard Cases, so choose another one.");
            }
        }
        String cleanName = Checks.text(problems, "displayName", displayName, 200, "Enter the person's name.");
        String cleanEmail = Checks.email(problems, "email", email, "Enter the person's e-mail address.");
        Set<Role> cleanRoles = roles(problems, roles);
        Long organisation = organisation(problems, cleanRoles, organisationId, null);
        if (initialPassword == null || initialPassword.length < MIN_PASSWORD) {
            problems.put("password", "Choose an initial password of at least " + MIN_PASSWORD + " characters.");
        } else if (initialPassword.length > 128) {
            problems.put("password", "The initial password must be 128 characters or fewer.");
        } else if (new String(initialPassword).toLowerCase().contains(cleanUsername.toLowerCase())
                && !cleanUsername.isEmpty()) {
            problems.put("password", "The initial password must not contain the user name.");
        }
        Checks.check(problems);
        Person person = new Person(cleanUsername, PasswordHashing.hash(initialPassword), cleanName, cleanEmail,
                organisation, cleanRoles, Instant.now());
        em.persist(person);
        em.flush();
        Map<Long, String> names = organisationNames();
        timeline.record(null, "Person added", cleanUsername + ": name " + Checks.quote(cleanName) + "; e-mail "
                + Checks.quote(cleanEmail) + "; roles " + Checks.quote(labels(cleanRoles)) + "; organisation "
                + Checks.quote(names.get(organisation)) + " (initial password set, not recorded)");
        return view(person, names);
    }

    public AdminPerson change(long id, String displayName, String email, Set<Role> roles, Long organisationId) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Person person = find(id);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = Checks.text(problems, "displayName", displayName, 200, "Enter the person's name.");
        String cleanEmail = Checks.email(problems, "email", email, "Enter the person's e-mail address.");
        Set<Role> cleanRoles = roles(problems, roles);
        if (isSelf(caller, person) && !problems.containsKey("roles") && !cleanRoles.contains(Role.ADMIN)) {
            problems.put("roles", "You cannot remove your own administrator role. Another administrator of"
                    + " your board can do that.");
        }
        Long organisation = organisation(problems, cleanRoles, organisationId, person.organisationId());
        Checks.check(problems);
        Map<Long, String> names = organisationNames();
        Checks.Changes changes = new Checks.Changes()
                .field("name", person.displayName(), cleanName)
                .field("e-mail", person.email(), cleanEmail)
                .field("roles", labels(person.roles()), labels(cleanRoles))
                .field("organisation", names.get(person.organisationId()), names.get(organisation));
        if (changes.any()) {
            person.change(cleanName, cleanEmail, organisation, cleanRoles);
            timeline.record(null, "Person changed", person.username() + ": " + changes);
        }
        return view(person, names);
    }

    public AdminPerson deactivate(long id) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Person person = find(id);
        if (isSelf(caller, person)) {
            throw new InvalidInputException(Map.of("active",
                    "You cannot deactivate your own account. Another administrator of your board can do that."));
        }
        if (person.active()) {
            person.deactivate();
            timeline.record(null, "Person deactivated", person.username() + ": active: 'yes' → 'no'");
        }
        return view(person, organisationNames());
    }

    public AdminPerson reactivate(long id) {
        CallerContext.require(Role.ADMIN);
        Person person = find(id);
        if (!person.active()) {
            person.reactivate();
            timeline.record(null, "Person reactivated", person.username() + ": active: 'no' → 'yes'");
        }
        return view(person, organisationNames());
    }

    /** User names are unique across every board, so this one check reads the whole table (native SQL). */
    private boolean usernameTaken(String username) {
        Number count = (Number) em.createNativeQuery("select count(*) from person where lower(username) = ?1")
                .setParameter(1, username.toLowerCase()).getSingleResult();
        return count.longValue() > 0;
    }

    private static Set<Role> roles(Map<String, String> problems, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "Choose at least one role.");
            return EnumSet.noneOf(Role.class);
        }
        if (roles.stream().anyMatch(role -> !role.forPeople())) {
            problems.put("roles", "Monitoring tools use an API key; a person cannot be given that role.");
        }
        return EnumSet.copyOf(roles);
    }

    /**
     * HR partners and members belong to a parent organisation of the board; board staff do not (any choice
     * is dropped). A deactivated organisation can be kept but not newly chosen.
     */
    private Long organisation(Map<String, String> problems, Set<Role> roles, Long chosen, Long current) {
        if (!roles.contains(Role.HR) && !roles.contains(Role.MEMBER)) {
            return null;
        }
        ParentOrganisation organisation = chosen == null ? null
                : em.createQuery("select o from ParentOrganisation o where o.id = :id", ParentOrganisation.class)
                        .setParameter("id", chosen).getResultStream().findFirst().orElse(null);
        if (organisation == null || (!organisation.active() && !organisation.id().equals(current))) {
            problems.put("organisationId", "HR partners and members belong to a parent organisation: choose"
                    + " one of your board's organisations.");
            return null;
        }
        return organisation.id();
    }

    private Person find(long id) {
        return em.createQuery("select p from Person p where p.id = :id", Person.class)
                .setParameter("id", id).getResultStream()
                .filter(p -> p.tenantId().equals(CallerContext.current().tenantId()))
                .findFirst().orElseThrow(() -> new NotFoundException("There is no such person on your board."));
    }

    private static boolean isSelf(Caller caller, Person person) {
        return person.username().equals(caller.username());
    }

    private Map<Long, String> organisationNames() {
        return em.createQuery("select o from ParentOrganisation o", ParentOrganisation.class).getResultStream()
                .collect(Collectors.toMap(ParentOrganisation::id, ParentOrganisation::name));
    }

    static String labels(Set<Role> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).map(Role::label).collect(Collectors.joining(", "));
    }

    private static AdminPerson view(Person p, Map<Long, String> organisationNames) {
        Set<Role> roles = p.roles();
        return new AdminPerson(p.id(), p.username(), p.displayName(), p.email(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), labels(roles),
                p.organisationId(), p.organisationId() == null ? "" : organisationNames.getOrDefault(p.organisationId(), ""),
                p.active());
    }
}
