package uk.safeguardcases.web.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * The disclosure log (issue 65): its words (one bundle for the page and the CSV, kept beside its service), a link for
 * senior managers and administrators, and its page and CSV ({@code /disclosures/}) for them only (the service checks
 * the same roles).
 */
@ApplicationScoped
public class DisclosurePages implements ProcessPages {

    static final String BUNDLE = "uk.safeguardcases.application.disclosure.disclosures";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "disclosureMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Menu.WORKSPACES, 125, BUNDLE, "nav", "/disclosures/log.xhtml",
                Set.of(Role.SENIOR, Role.ADMIN)));
    }

    @Override
    public List<ProtectedPath> protectedPaths() {
        return List.of(ProtectedPath.of("/disclosures/*", Role.SENIOR, Role.ADMIN));
    }
}
