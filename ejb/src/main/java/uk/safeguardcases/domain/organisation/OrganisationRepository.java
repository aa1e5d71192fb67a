package uk.safeguardcases.domain.organisation;

import java.util.Optional;

/** The parent organisations of the caller's board. */
public interface OrganisationRepository {

    /** By id; another board's organisation is not found. */
    Optional<ParentOrganisation> byId(long id);

    /** Every organisation of the caller's board. */
    java.util.List<ParentOrganisation> all();
}
