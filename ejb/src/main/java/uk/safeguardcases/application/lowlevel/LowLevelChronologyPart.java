package uk.safeguardcases.application.lowlevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.ChronologyPart;
import uk.safeguardcases.domain.people.Person;

/** The register's lines in a person's chronology: each low-level concern about them, on its day, linked to the register. */
@ApplicationScoped
public class LowLevelChronologyPart implements ChronologyPart {

    private static final String LOW_LEVEL_CONCERN = "LOW_LEVEL_CONCERN";

    @Inject
    private LowLevelChronologyRecords records;

    @Override
    public List<String> kinds() {
        return List.of(LOW_LEVEL_CONCERN);
    }

    @Override
    public List<ChronologyLine> linesAbout(Person person, int most) {
        List<ChronologyLine> lines = new ArrayList<>();
        for (Object[] l : records.concernsAbout(person.id(), most)) {
            lines.add(ChronologyLine.ofDay((LocalDate) l[1], LOW_LEVEL_CONCERN, l[3] == null ? "" : (String) l[3],
                    (String) l[2],
                    "/officer/low-level.xhtml?id=" + person.id() + "#concern-" + l[0]));
        }
        return lines;
    }
}
