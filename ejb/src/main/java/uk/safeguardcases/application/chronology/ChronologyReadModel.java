package uk.safeguardcases.application.chronology;

import java.util.List;

/**
 * What a person's chronology is drawn from, each kind as rows of plain values (implemented beside the persistence);
 * at most {@code most} rows of each.
 */
public interface ChronologyReadModel {

    /** The cases about the person: id, reference, raised, closed, closure reason, source, when it happened, whether only its day was said. */
    List<Object[]> casesAbout(long personId, int most);

    /** The low-level concerns about the person: id, day, summary, case reference. */
    List<Object[]> lowLevelConcernsAbout(long personId, int most);

    /** The requests sent about the person's cases: sent, kind, case id, answered, answer. */
    List<Object[]> requestsTo(long personId, int most);

    /** The person's declarations: asked, signed, countersigned, version number, version title. */
    List<Object[]> declarationsOf(long personId, int most);

    /** The accreditations of the user name: recorded, passed, expires, expired. */
    List<Object[]> accreditationsOf(String username, int most);

    /** The official accounts the user name owns: registered, platform, handle. */
    List<Object[]> officialAccountsOwnedBy(String username, int most);

    /** The business cases the user name made: requested, reference, handle. */
    List<Object[]> officialAccountRequestsBy(String username, int most);

    /** The searches about a child the user name logged: searched, search reference, platform, searched for. */
    List<Object[]> searchesLoggedBy(String username, int most);
}
