package uk.safeguardcases.web.official;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Official accounts (CHSCB authorised use 2-3): a senior decides on the request's page, the member answers a
 * consultation on theirs; links for the board's staff and in the portal; its own bundle (the words of its lines in a
 * person's chronology).
 */
@ApplicationScoped
public class OfficialAccountPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(Bundle.of("official"));
    }

    @Override
    public Map<String, String> taskPages() {
        return Map.of(OfficialAccountProcess.DECIDE, "/senior/official-account.xhtml",
                OfficialAccountProcess.ANSWER_CONSULTATION, "/portal/official-account.xhtml");
    }

    @Override
    public List<Link> links() {
        return List.of(Link.workspace(60, "nav.officialAccounts", "/senior/official-accounts.xhtml", Role.OFFICER,
                        Role.SENIOR),
                Link.portal(60, "portal", "nav.officialAccounts", "/portal/official-accounts.xhtml"));
    }

    @Override
    public List<CasePanel> casePanels() {
        // The account the case is about, after the case's retention.
        return List.of(new CasePanel("official-account", 2450, "/WEB-INF/official/case-account.xhtml"));
    }
}
