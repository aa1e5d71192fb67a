package uk.safeguardcases.web.annualreport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * The annual report (issue 42): its words (one bundle for the page, the CSV, the spreadsheet and the PDF, kept beside
 * its service), a link for senior managers and administrators after "Stuck work", and its page and downloads
 * ({@code /annual/}) for them only (the service checks the same roles).
 */
@ApplicationScoped
public class AnnualReportPages implements ProcessPages {

    static final String BUNDLE = "uk.safeguardcases.application.annualreport.annual";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "annualMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Menu.WORKSPACES, 120, BUNDLE, "nav", "/annual/report.xhtml",
                Set.of(Role.SENIOR, Role.ADMIN)));
    }

    @Override
    public List<ProtectedPath> protectedPaths() {
        return List.of(ProtectedPath.of("/annual/*", Role.SENIOR, Role.ADMIN));
    }
}
