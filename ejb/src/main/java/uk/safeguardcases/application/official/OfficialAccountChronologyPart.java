package uk.safeguardcases.application.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.ChronologyPart;
import uk.safeguardcases.domain.people.Person;

/**
 * The official accounts' lines in a person's chronology (one with a user name): their accreditation, recorded and
 * expired, the official accounts they own and the business cases they made.
 */
@ApplicationScoped
public class OfficialAccountChronologyPart implements ChronologyPart {

    private static final String ACCOUNTS = "/senior/official-accounts.xhtml";
    private static final String ACCREDITED = "ACCREDITED";
    private static final String ACCREDITATION_EXPIRED = "ACCREDITATION_EXPIRED";
    private static final String OFFICIAL_ACCOUNT = "OFFICIAL_ACCOUNT";
    private static final String OFFICIAL_ACCOUNT_REQUESTED = "OFFICIAL_ACCOUNT_REQUESTED";

    @Inject
    private OfficialAccountChronologyRecords records;

    @Override
    public List<String> kinds() {
        return List.of(ACCREDITED, ACCREDITATION_EXPIRED, OFFICIAL_ACCOUNT, OFFICIAL_ACCOUNT_REQUESTED);
    }

    @Override
    public List<ChronologyLine> linesAbout(Person person, int most) {
        List<ChronologyLine> lines = new ArrayList<>();
        String username = person.username();
        if (username == null) {
            return lines;
        }
        for (Object[] a : records.accreditationsOf(username, most)) {
            lines.add(ChronologyLine.of((Instant) a[0], ACCREDITED, "", null, ACCOUNTS));
            if (a[3] != null) {
                lines.add(ChronologyLine.of((Instant) a[3], ACCREDITATION_EXPIRED, "", null, ACCOUNTS));
            }
        }
        for (Object[] o : records.officialAccountsOwnedBy(username, most)) {
            lines.add(ChronologyLine.of((Instant) o[0], OFFICIAL_ACCOUNT, String.valueOf(o[2]), o[1], ACCOUNTS));
        }
        for (Object[] o : records.officialAccountRequestsBy(username, most)) {
            lines.add(ChronologyLine.of((Instant) o[0], OFFICIAL_ACCOUNT_REQUESTED, (String) o[1],
                    String.valueOf(o[2]), "/senior/official-account.xhtml?ref=" + o[1]));
        }
        return lines;
    }
}
