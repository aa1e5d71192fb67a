package uk.safeguardcases.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The people of every board in a list, each question narrowed to the caller's board as the tenant filter narrows it.
 * What no service under a unit test asks is not answered.
 */
public class InMemoryPeople implements PersonRepository {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");

    private final List<Person> stored = new ArrayList<>();
    private long lastId = 100;

    /** A person of {@code board}, stored as its administrator would add them (with an e-mail of their user name). */
    public Person add(String board, String username, String name, Long organisationId, Role... roles) {
        Person person = new Person(username, "hash", name, username + "@example.org", organisationId,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), CREATED);
        Wiring.set(person, "tenantId", board);
        Wiring.set(person, "id", ++lastId);
        stored.add(person);
        return person;
    }

    private List<Person> ours() {
        String board = CallerContext.current().tenantId();
        return stored.stream().filter(p -> p.tenantId().equals(board)).toList();
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return ours().stream().filter(p -> p.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Person> byId(long id) {
        return ours().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Long> idOf(String username) {
        return byUsername(username).map(Person::id);
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        ours().stream().filter(p -> usernames.contains(p.username()))
                .forEach(p -> names.put(p.username(), p.displayName()));
        return names;
    }

    @Override
    public List<Person> byUsernames(Collection<String> usernames) {
        return ours().stream().filter(p -> usernames.contains(p.username())).toList();
    }

    @Override
    public List<String> emailsOf(Collection<Role> roles) {
        return ours().stream().filter(Person::active).filter(p -> p.roles().stream().anyMatch(roles::contains))
                .map(Person::email).toList();
    }

    @Override
    public List<Person> all() {
        return ours();
    }

    @Override
    public List<Person> byIds(Collection<Long> ids) {
        return ours().stream().filter(p -> ids.contains(p.id())).toList();
    }

    @Override
    public List<Person> activeWith(Role role) {
        return ours().stream().filter(p -> p.active() && p.roles().contains(role)).toList();
    }

    @Override
    public List<Person> activeStaff(int most) {
        return ours().stream().filter(p -> p.active() && p.organisationId() == null)
                .sorted(Comparator.comparing(Person::displayName)).limit(most).toList();
    }

    @Override
    public List<Person> activeOfOrganisationBut(long organisationId, String username, int most) {
        return ours().stream().filter(p -> p.active() && Long.valueOf(organisationId).equals(p.organisationId())
                && !p.username().equals(username)).sorted(Comparator.comparing(Person::displayName)).limit(most)
                .toList();
    }

    @Override
    public void writeNow() {
        // Nothing waits to be written: every change is in the list at once.
    }

    @Override
    public List<String> hrEmailsOf(long organisationId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(Person person) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Long> idByEmail(String email) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> idsNamed(String name, int most) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> allByName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> membersLike(String like, int most) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> allByUsername() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> allActiveFirst() {
        throw new UnsupportedOperationException();
    }

    @Override
    public long activeCount() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> lockedAt(Instant now) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean usernameTakenOnAnyBoard(String username) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> activeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        ours().stream().filter(Person::active).sorted(Comparator.comparing(Person::displayName))
                .forEach(p -> names.put(p.username(), p.displayName()));
        return names;
    }
}
