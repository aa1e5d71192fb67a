package uk.safeguardcases.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Authorised searches about a child (LSCB §3): its own bundle, every task on the search's page, the register for
 * officers and the board's rule for administrators.
 */
@ApplicationScoped
public class SearchPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(Bundle.of("searches"));
    }

    @Override
    public Map<String, String> taskPages() {
        return Map.of(ChildSearchProcess.AUTHORISE, "/officer/search.xhtml", ChildSearchProcess.SEARCH,
                "/officer/search.xhtml", ChildSearchProcess.OUTCOME, "/officer/search.xhtml");
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Menu.WORKSPACES, 70, "searches", "title", "/officer/searches.xhtml",
                        Set.of(Role.OFFICER, Role.SENIOR)),
                Link.admin(130, "searches", "nav", "/admin/search-rule.xhtml"));
    }
}
