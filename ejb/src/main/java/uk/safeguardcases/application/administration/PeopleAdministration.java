package uk.safeguardcases.application.administration;

import java.time.Clock;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.AccountChanged;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.people.PasswordHashing;

/**
 * The board administrator's people and roles. Passwords are hashed exactly as the identity store checks
 * them ({@link PasswordHashing}) and never written anywhere else, not even to the audit timeline.
 */
@Stateless
public class PeopleAdministration {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private OrganisationRepository organisations;

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,99}");

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    @Inject
    private jakarta.enterprise.event.Event<AccountChanged> accountChanged;

    @Inject
    private PersonalAccessTokens tokens;

    public List<AdminPerson> people() {
        CallerContext.require(Role.ADMIN);
        Map<Long, String> names = organisationNames();
        return people.allActiveFirst().stream().map(p -> view(p, names)).toList();
    }

    /** How many of the board's people can sign in: counted, not read (a national board has tens of thousands). */
    public long activeCount() {
        CallerContext.require(Role.ADMIN);
        return people.activeCount();
    }

    public AdminPerson person(long id) {
        CallerContext.require(Role.ADMIN);
        return view(find(id), organisationNames());
    }

    public AdminPerson add(String username, String displayName, String email, Set<Role> roles, Long organisationId,
            char[] initialPassword) {
        CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanUsername = Checks.text(problems, "username", username, 100, Texts.text("person.username.missing"));
        if (!problems.containsKey("username")) {
            if (!USERNAME.matcher(cleanUsername).matches()) {
                problems.put("username", Texts.text("person.username.invalid"));
            } else if (usernameTaken(cleanUsername)) {
                problems.put("username", Texts.text("person.username.taken", cleanUsername));
            }
        }
        String cleanName = Checks.text(problems, "displayName", displayName, 200, Texts.text("person.displayName.missing"));
        String cleanEmail = Checks.email(problems, "email", email, Texts.text("person.email.missing"));
        Set<Role> cleanRoles = roles(problems, roles);
        Long organisation = organisation(problems, cleanRoles, organisationId, null);
        if (initialPassword == null || initialPassword.length < MIN_PASSWORD) {
            problems.put("password", Texts.text("person.password.tooShort", MIN_PASSWORD));
        } else if (initialPassword.length > 128) {
            problems.put("password", Texts.text("person.password.tooLong"));
        } else if (new String(initialPassword).toLowerCase().contains(cleanUsername.toLowerCase())
                && !cleanUsername.isEmpty()) {
            problems.put("password", Texts.text("person.password.containsUsername"));
        }
        Checks.check(problems);
        Person person = new Person(cleanUsername, PasswordHashing.hash(initialPassword), cleanName, cleanEmail,
                organisation, cleanRoles, Instant.now(clock));
        people.add(person);
        Map<Long, String> names = organisationNames();
        timeline.record(null, AuditAction.PERSON_ADDED, cleanUsername + ": name " + Checks.quote(cleanName) + "; e-mail "
                + Checks.quote(cleanEmail) + "; roles " + Checks.quote(labels(cleanRoles)) + "; organisation "
                + Checks.quote(names.get(organisation)) + " (initial password set, not recorded)");
        accountChanged.fire(new AccountChanged(person.id()));
        return view(person, names);
    }

    public AdminPerson change(long id, String displayName, String email, Set<Role> roles, Long organisationId) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Person person = find(id);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = Checks.text(problems, "displayName", displayName, 200, Texts.text("person.displayName.missing"));
        String cleanEmail = Checks.email(problems, "email", email, Texts.text("person.email.missing"));
        Set<Role> cleanRoles = roles(problems, roles);
        if (isSelf(caller, person) && !problems.containsKey("roles") && !cleanRoles.contains(Role.ADMIN)) {
            problems.put("roles", Texts.text("person.roles.ownAdministrator"));
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
            timeline.record(null, AuditAction.PERSON_CHANGED, person.username() + ": " + changes);
            accountChanged.fire(new AccountChanged(person.id()));
        }
        return view(person, names);
    }

    public AdminPerson deactivate(long id) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Person person = find(id);
        if (isSelf(caller, person)) {
            throw new InvalidInputException(Map.of("active", Texts.text("person.active.self")));
        }
        if (person.active()) {
            person.deactivate();
            timeline.record(null, AuditAction.PERSON_DEACTIVATED, person.username() + ": active: 'yes' → 'no'");
            tokens.revokeAllOf(person, "with the account deactivated");
        }
        return view(person, organisationNames());
    }

    public AdminPerson reactivate(long id) {
        CallerContext.require(Role.ADMIN);
        Person person = find(id);
        if (!person.active()) {
            person.reactivate();
            timeline.record(null, AuditAction.PERSON_REACTIVATED, person.username() + ": active: 'no' → 'yes'");
            // A token still live was issued before a deactivation that left it so (before issue 60).
            tokens.revokeAllOf(person, "issued before the account was deactivated");
            accountChanged.fire(new AccountChanged(person.id()));
        }
        return view(person, organisationNames());
    }

    /** User names are unique across every board, so this one check reads the whole table (native SQL). */
    private boolean usernameTaken(String username) {
        return people.usernameTakenOnAnyBoard(username);
    }

    private static Set<Role> roles(Map<String, String> problems, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", Texts.text("person.roles.missing"));
            return EnumSet.noneOf(Role.class);
        }
        if (roles.stream().anyMatch(role -> !role.forPeople())) {
            problems.put("roles", Texts.text("person.roles.intake"));
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
                : organisations.byId(chosen).orElse(null);
        if (organisation == null || (!organisation.active() && !organisation.id().equals(current))) {
            problems.put("organisationId", Texts.text("person.organisation.missing"));
            return null;
        }
        return organisation.id();
    }

    private Person find(long id) {
        return people.byId(id)
                .filter(p -> p.tenantId().equals(CallerContext.current().tenantId()))
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.person")));
    }

    private static boolean isSelf(Caller caller, Person person) {
        return person.username().equals(caller.username());
    }

    private Map<Long, String> organisationNames() {
        return organisations.all().stream()
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
