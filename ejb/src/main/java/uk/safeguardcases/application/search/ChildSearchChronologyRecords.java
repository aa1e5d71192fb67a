package uk.safeguardcases.application.search;

import java.util.List;

/** What the child searches hold for a person's chronology, as rows of plain values (implemented beside the persistence). */
public interface ChildSearchChronologyRecords {

    /** The searches about a child the user name logged: searched, search reference, platform, searched for. */
    List<Object[]> searchesLoggedBy(String username, int most);
}
