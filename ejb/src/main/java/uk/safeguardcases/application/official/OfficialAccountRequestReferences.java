package uk.safeguardcases.application.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.domain.official.OfficialAccountRepository;

/** An official-account request's reference: PREFIX-OA-YEAR-NNNN, numbered by {@code SeriesReferences}. */
@ApplicationScoped
public class OfficialAccountRequestReferences implements ReferenceSeries {

    @Inject
    private OfficialAccountRepository records;

    @Override
    public String code() {
        return "OA";
    }

    @Override
    public String records() {
        return "official-account requests";
    }

    @Override
    public int highestGiven(String prefix, int year) {
        return records.highestRequestNumber(prefix, year);
    }
}
