package uk.safeguardcases.web.lowlevel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.lowlevel.LowLevelWords;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Low-level concerns and a person's chronology (issue 41): one bundle (kept beside the service, read as
 * {@code #{lowlevelMsg[...]}}), the register in the workspaces menu for officers and senior managers, and the board's
 * rule among the administration pages. The chronology is reached from the case page and the register.
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
    public List<String> pages() {
        return List.of("/officer/chronology.xhtml");
    }
}
