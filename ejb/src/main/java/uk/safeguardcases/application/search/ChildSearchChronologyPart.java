package uk.safeguardcases.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.ChronologyPart;
import uk.safeguardcases.domain.people.Person;

/** The child searches' lines in a person's chronology (one with a user name): each search they logged. */
@ApplicationScoped
public class ChildSearchChronologyPart implements ChronologyPart {

    private static final String SEARCH_LOGGED = "SEARCH_LOGGED";

    @Inject
    private ChildSearchChronologyRecords records;

    @Override
    public List<String> kinds() {
        return List.of(SEARCH_LOGGED);
    }

    @Override
    public List<ChronologyLine> linesAbout(Person person, int most) {
        List<ChronologyLine> lines = new ArrayList<>();
        if (person.username() == null) {
            return lines;
        }
        for (Object[] s : records.searchesLoggedBy(person.username(), most)) {
            lines.add(ChronologyLine.of((Instant) s[0], SEARCH_LOGGED, (String) s[1], s[2],
                    "/officer/search.xhtml?ref=" + s[1]));
        }
        return lines;
    }
}
