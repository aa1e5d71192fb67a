package uk.safeguardcases.domain.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The board's policy versions and its members' declarations; another board's are never found. */
public interface DeclarationRepository {

    /** The versions, newest first. */
    List<PolicyVersion> versions();

    Optional<PolicyVersion> version(long id);

    /** The latest version published (the one members are asked to declare now). */
    Optional<PolicyVersion> latest();

    /** The version in force on {@code day}: the latest one (by number) whose effective date is on or before it. */
    Optional<PolicyVersion> inForceOn(LocalDate day);

    int highestNumber();

    /** Stores the version now: its id is known on return. */
    void add(PolicyVersion version);

    Optional<Declaration> byId(long id);

    Optional<Declaration> of(long policyVersionId, long personId);

    /** The person's declarations, newest version first. */
    List<Declaration> ofPerson(long personId);

    /** The version's declarations. */
    List<Declaration> ofVersion(long policyVersionId);

    /** Declarations signed and waiting for the countersignature of the manager {@code managerPersonId}. */
    List<Declaration> awaitingCountersignatureBy(long managerPersonId);

    /** Unsigned declarations of versions before {@code policyVersionId}, the first {@code most} of them. */
    List<Declaration> openBefore(long policyVersionId, int most);

    /** Stores the declaration now: its id is known on return. */
    void add(Declaration declaration);

    /** The active members of organisations not yet asked to declare the version, by id, the first {@code most}. */
    List<uk.safeguardcases.domain.people.Person> membersNotAsked(long policyVersionId, int most);

    /** The person's declarations, oldest version first. */
    List<Declaration> ofPersonOldestFirst(long personId);

    /** The titles of every version. */
    List<String> versionTitles();

    /** The versions among {@code ids}. */
    List<PolicyVersion> versions(java.util.Collection<Long> ids);
}
