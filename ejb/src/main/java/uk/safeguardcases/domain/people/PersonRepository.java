package uk.safeguardcases.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people of the caller's board. */
public interface PersonRepository {

    Optional<Person> byUsername(String username);

    Optional<Person> byId(long id);

    /** The id of the account with this user name, if it is on the caller's board. */
    Optional<Long> idOf(String username);

    /** Names by user name, for those of the caller's board among {@code usernames}. */
    Map<String, String> displayNames(Collection<String> usernames);

    /** The people of the caller's board among {@code usernames}, with their roles. */
    List<Person> byUsernames(Collection<String> usernames);

    /** The e-mail addresses of the active people who have one of {@code roles}. */
    List<String> emailsOf(Collection<Role> roles);

    /** The active HR partners of an organisation, by their e-mail addresses. */
    List<String> hrEmailsOf(long organisationId);

    /** Stores the person now: their id is known on return. */
    void add(Person person);

    /** Writes what the transaction has changed so far, so a change the database refuses fails here. */
    void writeNow();

    /** The id of the first person whose e-mail address, in small letters, is {@code email}. */
    Optional<Long> idByEmail(String email);

    /** The ids of at most {@code most} people whose name, in small letters, is {@code name}. */
    List<Long> idsNamed(String name, int most);

    /** Every person of the caller's board, by name. */
    List<Person> allByName();

    /**
     * The active members whose name, user name or organisation's name matches {@code like} (a pattern in small
     * letters, escaped with a backslash), by name, at most {@code most}.
     */
    List<Person> membersLike(String like, int most);

    /** Every person of the caller's board, by user name. */
    List<Person> allByUsername();

    /** Every person of the caller's board, the active first, by name. */
    List<Person> allActiveFirst();

    /** How many of the caller's board's people are active. */
    long activeCount();

    /** The people locked out at {@code now}, the first to be let in again first. */
    List<Person> lockedAt(java.time.Instant now);

    /** Whether any board has someone with this user name, in any case of letters. */
    boolean usernameTakenOnAnyBoard(String username);

    /** Every person of the caller's board. */
    List<Person> all();

    /** The people of the caller's board among {@code ids}. */
    List<Person> byIds(Collection<Long> ids);

    /** The active people who have {@code role}. */
    List<Person> activeWith(Role role);

    /** The board's own active staff (no organisation's people), by name, at most {@code most}. */
    List<Person> activeStaff(int most);

    /** The active people of an organisation but {@code username}, by name, at most {@code most}. */
    List<Person> activeOfOrganisationBut(long organisationId, String username, int most);

    /** The active people's names by user name, in the order of their names. */
    Map<String, String> activeNames();
}
