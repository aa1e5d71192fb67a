package uk.safeguardcases.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.domain.search.ChildSearchRepository;

/** A search about a child's reference: PREFIX-CS-YEAR-NNNN, numbered by {@code SeriesReferences}. */
@ApplicationScoped
public class ChildSearchReferences implements ReferenceSeries {

    @Inject
    private ChildSearchRepository records;

    @Override
    public String code() {
        return "CS";
    }

    @Override
    public String records() {
        return "searches about a child";
    }

    @Override
    public int highestGiven(String prefix, int year) {
        return records.highestNumber(prefix, year);
    }
}
