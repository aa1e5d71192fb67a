package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintRepository;

/** Its numbers: PREFIX-DP-YEAR-NNNN. */
@ApplicationScoped
public class DpComplaintReferences implements ReferenceSeries {
    @Inject
    DpComplaintRepository complaints;

    @Override
    public String code() {
        return "DP";
    }

    @Override
    public String records() {
        return "data protection complaints";
    }

    @Override
    public int highestGiven(String prefix, int year) {
        return complaints.highestNumber(prefix, year);
    }
}
