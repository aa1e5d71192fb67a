package uk.safeguardcases.web.trustedtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Trusted time (issue 66): its words (one bundle for the pages and the service, kept beside the service), its panel
 * on the case page after the evidence, its page in the administration menu, and the downloads of its tokens
 * ({@code /trusted-time/}) for the board's officers, senior managers and administrators (the services check again).
 */
@ApplicationScoped
public class TrustedTimePages implements ProcessPages {

    static final String BUNDLE = "uk.safeguardcases.application.trustedtime.trustedtime";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "trustedTimeMsg"));
    }

    @Override
    public List<CasePanel> casePanels() {
        return List.of(new CasePanel("trusted-time", 1950, "/WEB-INF/trustedtime/case-panel.xhtml"));
    }

    @Override
    public List<Link> links() {
        return List.of(Link.admin(185, BUNDLE, "admin.nav", "/admin/trusted-time.xhtml"));
    }

    @Override
    public List<ProtectedPath> protectedPaths() {
        return List.of(ProtectedPath.of("/trusted-time/*", Role.OFFICER, Role.SENIOR, Role.ADMIN));
    }
}
