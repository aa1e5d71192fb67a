package uk.safeguardcases.web.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.transfer.TransferWords;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Transfers between boards (issue 67): one bundle (kept beside the services, read as {@code #{transferMsg[...]}}),
 * the senior managers' page of transfers sent and received in the workspaces menu, a page for each, the board's rule
 * among the administration pages, and a panel on the case page (what was sent of the case, what came with it, and
 * the senior manager's sending). Only senior managers open {@code /transfer/}.
 */
@ApplicationScoped
public class TransferPages implements ProcessPages {

    static final String BUNDLE = TransferWords.BUNDLE;

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "transferMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Menu.WORKSPACES, 78, BUNDLE, "nav", "/transfer/transfers.xhtml", Set.of(Role.SENIOR)),
                Link.admin(160, BUNDLE, "rule.nav", "/admin/transfers.xhtml"));
    }

    @Override
    public List<String> pages() {
        return List.of("/transfer/sent.xhtml", "/transfer/received.xhtml");
    }

    @Override
    public List<CasePanel> casePanels() {
        return List.of(new CasePanel("transfers", 2150, "/WEB-INF/transfer/case-panel.xhtml"));
    }

    @Override
    public List<ProtectedPath> protectedPaths() {
        return List.of(ProtectedPath.of("/transfer/*", Role.SENIOR));
    }
}
