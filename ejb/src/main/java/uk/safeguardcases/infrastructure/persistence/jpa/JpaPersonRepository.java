package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Person> byUsername(String username) {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public Optional<Person> byId(long id) {
        return em.createQuery("select p from Person p where p.id = :id", Person.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Long> idOf(String username) {
        return em.createQuery("select p.id from Person p where p.username = :username", Long.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.username, p.displayName from Person p where p.username in :usernames",
                        Object[].class)
                .setParameter("usernames", wanted).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    @Override
    public List<Person> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        // The roles in the same statement: an eager collection not fetched by the query is read one person at a time
        // (a page naming seven people sent seven more statements, PageStatementBudgetIT).
        return em.createQuery("select p from Person p left join fetch p.roles where p.username in :usernames",
                        Person.class)
                .setParameter("usernames", usernames).getResultList();
    }

    @Override
    public List<String> emailsOf(Collection<Role> roles) {
        return em.createQuery("select distinct p.email from Person p join p.roles r"
                        + " where r in (:roles) and p.active = true order by p.email", String.class)
                .setParameter("roles", roles).getResultList();
    }

    @Override
    public List<String> hrEmailsOf(long organisationId) {
        return em.createQuery("select p.email from Person p join p.roles r where r = :hr"
                        + " and p.organisationId = :organisation and p.active = true order by p.id", String.class)
                .setParameter("hr", Role.HR).setParameter("organisation", organisationId).getResultList();
    }

    @Override
    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    @Override
    public void writeNow() {
        em.flush();
    }

    @Override
    public Optional<Long> idByEmail(String email) {
        return em.createQuery("select p.id from Person p where lower(p.email) = :e", Long.class)
                .setParameter("e", email).getResultStream().findFirst();
    }

    @Override
    public List<Long> idsNamed(String name, int most) {
        return em.createQuery("select p.id from Person p where lower(p.displayName) = :n", Long.class)
                .setParameter("n", name).setMaxResults(most).getResultList();
    }

    @Override
    public List<Person> allByName() {
        return em.createQuery("select p from Person p order by p.displayName", Person.class).getResultList();
    }

    @Override
    public List<Person> membersLike(String like, int most) {
        return em.createQuery("select distinct p from Person p join p.roles r where r = :member and p.active = true"
                        + " and (lower(p.displayName) like :like escape '\\' or lower(p.username) like :like escape '\\'"
                        + " or p.organisationId in (select o.id from ParentOrganisation o"
                        + " where lower(o.name) like :like escape '\\')) order by p.displayName, p.username", Person.class)
                .setParameter("member", Role.MEMBER).setParameter("like", like)
                .setMaxResults(most).getResultList();
    }

    @Override
    public List<Person> allByUsername() {
        return em.createQuery("select p from Person p order by p.username", Person.class).getResultList();
    }

    @Override
    public List<Person> allActiveFirst() {
        return em.createQuery("select p from Person p order by p.active desc, p.displayName", Person.class)
                .getResultList();
    }

    @Override
    public long activeCount() {
        return em.createQuery("select count(p) from Person p where p.active = true", Long.class).getSingleResult();
    }

    @Override
    public List<Person> lockedAt(java.time.Instant now) {
        return em.createQuery("select p from Person p where p.lockedUntil > :now order by p.lockedUntil", Person.class)
                .setParameter("now", now).getResultList();
    }

    /** User names are unique across every board, so this one check reads the whole table (native SQL). */
    @Override
    public boolean usernameTakenOnAnyBoard(String username) {
        Number count = (Number) em.createNativeQuery("select count(*) from person where lower(username) = ?1")
                .setParameter(1, username.toLowerCase()).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public List<Person> all() {
        return em.createQuery("select p from Person p", Person.class).getResultList();
    }

    @Override
    public List<Person> byIds(Collection<Long> ids) {
        return em.createQuery("select p from Person p where p.id in :ids", Person.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Person> activeWith(Role role) {
        return em.createQuery("select distinct p from Person p join p.roles r where r = :role and p.active = true",
                Person.class).setParameter("role", role).getResultList();
    }

    @Override
    public List<Person> activeStaff(int most) {
        return em.createQuery("select p from Person p where p.active = true and p.organisationId is null"
                + " order by lower(p.displayName)", Person.class).setMaxResults(most).getResultList();
    }

    @Override
    public List<Person> activeOfOrganisationBut(long organisationId, String username, int most) {
        return em.createQuery("select p from Person p where p.active = true and p.organisationId = :org"
                        + " and p.username <> :me order by lower(p.displayName)", Person.class)
                .setParameter("org", organisationId).setParameter("me", username)
                .setMaxResults(most).getResultList();
    }

    @Override
    public Map<String, String> activeNames() {
        return em.createQuery("select p.username, p.displayName from Person p where p.active = true"
                        + " order by p.displayName", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a,
                        LinkedHashMap::new));
    }
}
