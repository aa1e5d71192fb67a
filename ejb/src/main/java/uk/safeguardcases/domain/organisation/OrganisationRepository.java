package uk.safeguardcases.domain.organisation;

import java.util.Optional;

/** The parent organisations of the caller's board. */
public interface OrganisationRepository {

    /** By id; another board's organisation is not found. */
    Optional<ParentOrganisation> byId(long id);

    /** Every organisation of the caller's board. */
    java.util.List<ParentOrganisation> all();

    /** The organisation with this name, in any case of letters. */
    Optional<ParentOrganisation> named(String name);

    /** The active organisations, by name. */
    java.util.List<ParentOrganisation> activeByName();

    /** The names of the organisations with no Welsh name. */
    java.util.List<String> namesWithoutWelsh();

    /** Every organisation, the active first, by name. */
    java.util.List<ParentOrganisation> allActiveFirst();

    /** The active organisations. */
    java.util.List<ParentOrganisation> active();

    /** The ids of the organisations with this name, in any case of letters. */
    java.util.List<Long> idsNamed(String name);

    /** Whether a person, a case or a referral names the organisation (found on the caller's board). */
    boolean named(long id);

    /** Stores the organisation now: its id is known on return. */
    void add(ParentOrganisation organisation);

    void remove(ParentOrganisation organisation);
}
