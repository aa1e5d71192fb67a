package uk.safeguardcases.web.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Concerns about practitioners (Wales Safeguarding Procedures, Section 5): its words (one bundle for the panel and the
 * service, kept beside the service) and its panel on the case page, after triage, where the criteria are considered.
 */
@ApplicationScoped
public class PractitionerPages implements ProcessPages {

    static final String BUNDLE = "uk.safeguardcases.application.practitioner.practitioner";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "practitionerMsg"));
    }

    @Override
    public List<CasePanel> casePanels() {
        return List.of(new CasePanel("practitioner", 250, "/WEB-INF/practitioner/case-panel.xhtml"));
    }
}
