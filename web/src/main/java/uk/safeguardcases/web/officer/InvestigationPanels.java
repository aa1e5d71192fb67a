package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * The case page's own panels, each a fragment in {@code WEB-INF/officer/case/}: the investigation's steps first (the
 * step to do comes first), then the case's file. A process places its own panel between them by its order (concerns
 * from anyone's reporter at 1750, official accounts' account at 2450).
 */
@ApplicationScoped
public class InvestigationPanels implements ProcessPages {

    @Override
    public List<CasePanel> casePanels() {
        return List.of(panel("tasks", 100), panel("triage", 200), panel("lado", 300), panel("adult-report", 400),
                panel("authorise", 500), panel("gather-evidence", 600), panel("removal-response", 700),
                panel("extension", 800), panel("contest", 900), panel("cooperation", 1000), panel("verify", 1100),
                panel("outcome", 1200), panel("approval", 1300), panel("hr-waiting", 1400),
                panel("deadlines", 1500), panel("concern", 1600), panel("subject", 1700),
                panel("allegations", 1800), panel("evidence", 1900), panel("requests", 2000),
                panel("referrals", 2100), panel("redaction", 2200), panel("retention", 2300),
                panel("diagram", 2500), panel("timeline", 2600));
    }

    private static CasePanel panel(String id, int order) {
        return new CasePanel(id, order, "/WEB-INF/officer/case/" + id + ".xhtml");
    }
}
