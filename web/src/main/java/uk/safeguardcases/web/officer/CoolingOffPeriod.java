package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguardcases.application.investigation.CaseRetention;

/** The board's cooling-off period, read once a request, for the check steps that say what a decision will do. */
@Named
@RequestScoped
public class CoolingOffPeriod {

    @Inject
    private CaseRetention retention;

    private Integer days;

    public int days() {
        if (days == null) {
            days = retention.coolingOffDays();
        }
        return days;
    }
}
