package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.board.BoardProfile;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

/** What every page's frame shows: the board's name and colours, who is signed in, and where they can go. */
@Named
@RequestScoped
public class Shell {

    private static final String PRODUCT = "Safeguard Cases";

    /** A workspace link: {@code label} is a key of the shell bundle. */
    public record NavLink(String label, String href) {
    }

    @Inject
    private BoardService boards;

    @Inject
    private Labels labels;

    @Inject
    private HttpServletRequest request;

    private BoardProfile board;
    private boolean boardLoaded;

    /** The token the sign-out form carries, so another site cannot sign a person out (see LogoutServlet). */
    public String getSignOutToken() {
        return SignOutToken.of(request.getSession());
    }

    /** Seconds without a request before the session ends; the page warns before (resources/js/idle.js). */
    public int getIdleSeconds() {
        HttpSession session = request.getSession(false);
        return session == null ? 0 : session.getMaxInactiveInterval();
    }

    public boolean isSignedIn() {
        return CallerContext.currentTenantOrNull() != null;
    }

    public BoardProfile getBoard() {
        if (!boardLoaded) {
            board = isSignedIn() ? boards.currentBoard() : null;
            boardLoaded = true;
        }
        return board;
    }

    public String getBoardName() {
        return getBoard() == null ? PRODUCT : getBoard().name();
    }

    public String getPrimaryColour() {
        return getBoard() == null ? "#24405c" : getBoard().primaryColour();
    }

    public String getAccentColour() {
        return getBoard() == null ? "#f2a900" : getBoard().accentColour();
    }

    public String getUserName() {
        return isSignedIn() ? CallerContext.current().displayName() : "";
    }

    public String getRoleNames() {
        if (!isSignedIn()) {
            return "";
        }
        return labels.roles(CallerContext.current().roles());
    }

    public List<NavLink> getNavigation() {
        List<NavLink> links = new ArrayList<>();
        if (!isSignedIn()) {
            return links;
        }
        Caller caller = CallerContext.current();
        if (caller.has(Role.OFFICER) || caller.has(Role.SENIOR)) {
            links.add(new NavLink("nav.dashboard", "/officer/dashboard.xhtml"));
            links.add(new NavLink("nav.cases", "/officer/cases.xhtml"));
            links.add(new NavLink("nav.raiseConcern", "/officer/raise.xhtml"));
            links.add(new NavLink("nav.myTasks", "/senior/work.xhtml"));
            links.add(new NavLink("nav.subjectAccess", "/officer/subject-access.xhtml"));
            links.add(new NavLink("nav.officialAccounts", "/senior/official-accounts.xhtml"));
            links.add(new NavLink("nav.childSearches", "/officer/searches.xhtml"));
        }
        if (caller.has(Role.HR)) {
            links.add(new NavLink("nav.referrals", "/hr/referrals.xhtml"));
        }
        if (caller.has(Role.MEMBER)) {
            links.add(new NavLink("nav.myRequests", "/portal/requests.xhtml"));
        }
        if (caller.has(Role.ADMIN)) {
            links.add(new NavLink("nav.admin", "/admin/board.xhtml"));
        }
        if (caller.has(Role.SENIOR) || caller.has(Role.ADMIN)) {
            links.add(new NavLink("nav.stuckWork", "/senior/stuck-work.xhtml"));
            links.add(new NavLink("nav.annualReport", "/annual/report.xhtml"));
        }
        return links;
    }
}
