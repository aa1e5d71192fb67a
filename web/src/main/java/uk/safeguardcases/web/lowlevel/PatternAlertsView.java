package uk.safeguardcases.web.lowlevel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguardcases.application.lowlevel.AlertLine;
import uk.safeguardcases.application.lowlevel.RegisterReviews;

/** The pattern alerts waiting for a senior manager's review, on their work page. */
@Named
@RequestScoped
public class PatternAlertsView {

    @Inject
    private RegisterReviews reviews;

    private List<AlertLine> alerts;

    public List<AlertLine> getAlerts() {
        if (alerts == null) {
            alerts = reviews.openAlerts();
        }
        return alerts;
    }
}
