package uk.safeguardcases.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.domain.access.SubjectAccessRequestRepository;

/** A subject access request's reference: PREFIX-SAR-YEAR-NNNN, numbered by {@code SeriesReferences}. */
@ApplicationScoped
public class SubjectAccessRequestReferences implements ReferenceSeries {

    @Inject
    private SubjectAccessRequestRepository records;

    @Override
    public String code() {
        return "SAR";
    }

    @Override
    public String records() {
        return "subject access requests";
    }

    @Override
    public int highestGiven(String prefix, int year) {
        return records.highestNumber(prefix, year);
    }
}
