package uk.safeguardcases.application.official;

import java.util.List;

/**
 * What the official accounts hold for a person's chronology, by their user name, as rows of plain values (implemented
 * beside the persistence); at most {@code most} rows of each.
 */
public interface OfficialAccountChronologyRecords {

    /** The accreditations of the user name: recorded, passed, expires, expired. */
    List<Object[]> accreditationsOf(String username, int most);

    /** The official accounts the user name owns: registered, platform, handle. */
    List<Object[]> officialAccountsOwnedBy(String username, int most);

    /** The business cases the user name made: requested, reference, handle. */
    List<Object[]> officialAccountRequestsBy(String username, int most);
}
