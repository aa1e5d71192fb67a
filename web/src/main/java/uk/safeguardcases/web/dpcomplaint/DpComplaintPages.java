package uk.safeguardcases.web.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Data protection complaints (DPA 2018 s.164A): one bundle for the pages and the service, kept beside the service;
 * the public form under {@code /dp-complaint/} (no sign-in; a board gives its address), the member's form in the
 * portal, and the board's page of complaints, which only its officers and senior managers open.
 */
@ApplicationScoped
public class DpComplaintPages implements ProcessPages {

    static final String BUNDLE = "uk.safeguardcases.application.dpcomplaint.dpcomplaint";
    static final String STAFF_PAGE = "/dpcomplaint/complaints.xhtml";
    static final String PORTAL_PAGE = "/portal/data-protection-complaint.xhtml";
    static final String PUBLIC_PREFIX = "/dp-complaint/";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "dpcMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Menu.WORKSPACES, 96, BUNDLE, "staff.link", STAFF_PAGE,
                        Set.of(Role.OFFICER, Role.SENIOR)),
                Link.portal(60, BUNDLE, "portal.link", PORTAL_PAGE));
    }

    @Override
    public List<PublicPages> publicPages() {
        return List.of(new PublicPages(PUBLIC_PREFIX, DpComplaintTooLarge.PATH, Set.of(ComplainPage.PAGE,
                ProgressPage.PAGE)));
    }

    @Override
    public List<String> pages() {
        return List.of(ComplainPage.PAGE, ProgressPage.PAGE);
    }

    @Override
    public List<ProtectedPath> protectedPaths() {
        return List.of(ProtectedPath.of("/dpcomplaint/*", Role.OFFICER, Role.SENIOR));
    }
}
