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

/** What every page's frame shows: the board's name and colours, who is signed in, and where they can go. */
@Named
@RequestScoped
public class Shell {

    private static final String PRODUCT = "Safeguard Cases";

    /** A link of a menu: {@code label} is a key of {@code bundle}, {@code href} the view's path. */
    public record NavLink(String label, String href, String bundle) {

        static NavLink of(ProcessPages.Link link) {
            return new NavLink(link.label(), link.path(), link.bundle());
        }

        /** The link's words in the page's language. */
        public String getText() {
            return Language.text(bundle, label);
        }

        /** The view as an outcome ({@code /admin/board}). */
        public String getOutcome() {
            return href.endsWith(".xhtml") ? href.substring(0, href.length() - ".xhtml".length()) : href;
        }

        /** The view's name ({@code board}), which a page names as the current one. */
        public String getName() {
            String outcome = getOutcome();
            return outcome.substring(outcome.lastIndexOf('/') + 1);
        }
    }

    @Inject
    private BoardService boards;

    @Inject
    private Labels labels;

    @Inject
    private Contributions contributions;

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

    /** The workspaces the signed-in person may go to, as the registered processes list them ({@link ProcessPages}). */
    public List<NavLink> getNavigation() {
        List<NavLink> links = new ArrayList<>();
        if (!isSignedIn()) {
            return links;
        }
        Caller caller = CallerContext.current();
        for (ProcessPages.Link link : contributions.links(ProcessPages.Menu.WORKSPACES)) {
            if (link.roles().stream().anyMatch(caller::has)) {
                links.add(NavLink.of(link));
            }
        }
        return links;
    }

    /** The administration pages' menu. */
    public List<NavLink> getAdminNavigation() {
        return contributions.links(ProcessPages.Menu.ADMIN).stream().map(NavLink::of).toList();
    }

    /** The portal's menu. */
    public List<NavLink> getPortalNavigation() {
        return contributions.links(ProcessPages.Menu.PORTAL).stream().map(NavLink::of).toList();
    }
}
