package uk.safeguardcases.conformance.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * The conformance process's pages (tests only): its bundle, its task's page, its link in the workspaces menu, its
 * panel on the case page and its path, which only officers and senior managers open.
 */
@ApplicationScoped
public class ConformancePages implements ProcessPages {

    static final String BUNDLE = "uk.safeguardcases.conformance.conformance";
    static final String PAGE = "/conformance/checks.xhtml";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "conformanceMsg"));
    }

    @Override
    public Map<String, String> taskPages() {
        return Map.of("confirm-conformance-check", PAGE);
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Menu.WORKSPACES, 95, BUNDLE, "nav", PAGE, Set.of(Role.OFFICER, Role.SENIOR)));
    }

    @Override
    public List<CasePanel> casePanels() {
        return List.of(new CasePanel("conformance-checks", 2650, "/WEB-INF/conformance/case-panel.xhtml"));
    }

    @Override
    public List<PersonLink> personLinks() {
        return List.of(new PersonLink(900, BUNDLE, "chronology.link", PAGE));
    }

    @Override
    public List<ProtectedPath> protectedPaths() {
        return List.of(ProtectedPath.of("/conformance/*", Role.OFFICER, Role.SENIOR));
    }
}
