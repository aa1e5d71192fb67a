package uk.safeguardcases.web.lowlevel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.lowlevel.LowLevelWords;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Low-level concerns (issue 41): one bundle (kept beside the service, read as {@code #{lowlevelMsg[...]}}, with the
 * words of its lines in a person's chronology), the register in the workspaces menu for officers and senior managers,
 * the board's rule among the administration pages, and a link from a person's chronology to their entry.
 */
@ApplicationScoped
public class LowLevelPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(LowLevelWords.BUNDLE, "lowlevelMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Menu.WORKSPACES, 75, LowLevelWords.BUNDLE, "nav", "/officer/low-level.xhtml",
                        Set.of(Role.OFFICER, Role.SENIOR)),
                Link.admin(140, LowLevelWords.BUNDLE, "policy.nav", "/admin/low-level.xhtml"));
    }

    @Override
    public List<PersonLink> personLinks() {
        return List.of(new PersonLink(10, LowLevelWords.BUNDLE, "title", "/officer/low-level.xhtml"));
    }
}
