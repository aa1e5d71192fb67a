package uk.safeguardcases.web.shell;

import static uk.safeguardcases.web.shell.ProcessPages.Link.admin;
import static uk.safeguardcases.web.shell.ProcessPages.Link.portal;
import static uk.safeguardcases.web.shell.ProcessPages.Link.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.domain.people.Role;

/**
 * The workspaces every board has, and the investigation's pages: its tasks are done on the case's page
 * ({@link Contributions#taskPage}), so it names none. The orders leave room between links for a process's own. Its
 * pages that no menu links to: the sign-in's, the error pages, a person's own account, a record's page and a person's
 * chronology.
 */
@ApplicationScoped
public class Workspaces implements ProcessPages {

    /** The shell's bundle, read as {@code msg}, and each workspace's own. */
    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(Labels.BUNDLE, "msg"), Bundle.of("officer"), Bundle.of("hr"), Bundle.of("portal"),
                Bundle.of("admin"));
    }

    @Override
    public List<Link> links() {
        return List.of(
                workspace(10, "nav.dashboard", "/officer/dashboard.xhtml", Role.OFFICER, Role.SENIOR),
                workspace(20, "nav.cases", "/officer/cases.xhtml", Role.OFFICER, Role.SENIOR),
                workspace(30, "nav.raiseConcern", "/officer/raise.xhtml", Role.OFFICER, Role.SENIOR),
                workspace(40, "nav.myTasks", "/senior/work.xhtml", Role.OFFICER, Role.SENIOR),
                workspace(80, "nav.referrals", "/hr/referrals.xhtml", Role.HR),
                workspace(90, "nav.myRequests", "/portal/requests.xhtml", Role.MEMBER),
                workspace(100, "nav.admin", "/admin/board.xhtml", Role.ADMIN),
                workspace(110, "nav.stuckWork", "/senior/stuck-work.xhtml", Role.SENIOR, Role.ADMIN),
                admin(10, "admin", "nav.overview", "/admin/board.xhtml"),
                admin(20, "admin", "nav.organisations", "/admin/organisations.xhtml"),
                admin(30, "admin", "nav.people", "/admin/people.xhtml"),
                admin(40, "admin", "nav.clauses", "/admin/clauses.xhtml"),
                admin(60, "admin", "nav.privacy", "/admin/privacy.xhtml"),
                admin(70, "admin", "nav.settings", "/admin/settings.xhtml"),
                admin(120, "admin", "apikeys.nav", "/admin/api-keys.xhtml"),
                portal(10, "portal", "nav.requests", "/portal/requests.xhtml"),
                portal(20, "portal", "nav.history", "/portal/history.xhtml"),
                portal(30, "portal", "nav.selfReport", "/portal/self-report.xhtml"),
                portal(50, "portal", "nav.privacy", "/portal/privacy.xhtml"));
    }

    @Override
    public List<String> pages() {
        return List.of("/login.xhtml", "/forgot-password.xhtml", "/reset-password.xhtml", "/sign-in/code.xhtml",
                "/sign-in/new-password.xhtml", "/sign-in/set-up.xhtml", "/account.xhtml", "/error/403.xhtml",
                "/error/404.xhtml", "/error/500.xhtml", "/error/expired.xhtml", "/officer/case.xhtml",
                "/hr/referral.xhtml", "/portal/request.xhtml", "/admin/processing-record.xhtml",
                "/officer/chronology.xhtml");
    }
}
