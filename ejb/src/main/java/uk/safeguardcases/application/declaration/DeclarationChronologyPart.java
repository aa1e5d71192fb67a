package uk.safeguardcases.application.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.ChronologyPart;
import uk.safeguardcases.domain.people.Person;

/** The declarations' lines in a person's chronology: each version they were asked to declare, signed, countersigned. */
@ApplicationScoped
public class DeclarationChronologyPart implements ChronologyPart {

    private static final String DECLARATION_ASKED = "DECLARATION_ASKED";
    private static final String DECLARATION_SIGNED = "DECLARATION_SIGNED";
    private static final String DECLARATION_COUNTERSIGNED = "DECLARATION_COUNTERSIGNED";

    @Inject
    private DeclarationChronologyRecords records;

    @Override
    public List<String> kinds() {
        return List.of(DECLARATION_ASKED, DECLARATION_SIGNED, DECLARATION_COUNTERSIGNED);
    }

    @Override
    public List<ChronologyLine> linesAbout(Person person, int most) {
        List<ChronologyLine> lines = new ArrayList<>();
        for (Object[] d : records.declarationsOf(person.id(), most)) {
            String title = d[3] + " – " + d[4];
            lines.add(ChronologyLine.of((Instant) d[0], DECLARATION_ASKED, title, null, null));
            if (d[1] != null) {
                lines.add(ChronologyLine.of((Instant) d[1], DECLARATION_SIGNED, title, null, null));
            }
            if (d[2] != null) {
                lines.add(ChronologyLine.of((Instant) d[2], DECLARATION_COUNTERSIGNED, title, null, null));
            }
        }
        return lines;
    }
}
