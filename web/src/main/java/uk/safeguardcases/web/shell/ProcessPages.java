package uk.safeguardcases.web.shell;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.safeguardcases.domain.people.Role;

/**
 * What a process (or a workspace) brings to the pages: its text bundle, the pages its tasks are done on, its links in
 * the menus, its other pages, its panels on the case page and the paths only some roles may open. One
 * {@code @ApplicationScoped} bean per process, found by CDI ({@link Contributions}); adding a process adds a bean, never
 * a line to {@code faces-config.xml}, {@code web.xml}, the case page, the menus, a task-to-page switch or a test's list
 * of pages.
 */
public interface ProcessPages {

    /** Its interface text bundle(s); usually one, {@code Bundle.of("searches")}. */
    default List<Bundle> bundles() {
        return List.of();
    }

    /** The page each of its user tasks is done on, by task key ({@code search-and-log → /officer/search.xhtml}). */
    default Map<String, String> taskPages() {
        return Map.of();
    }

    /** Its links in the menus. */
    default List<Link> links() {
        return List.of();
    }

    /**
     * Its pages that no link and no task names (a public page, a page opened from a record), by view
     * ({@code /officer/chronology.xhtml}): with {@link #links()} and {@link #taskPages()}, every page it brings, which
     * the tests' sweeps open.
     */
    default List<String> pages() {
        return List.of();
    }

    /** Every page it brings: its links', its tasks' and its other pages, once each. */
    default Set<String> everyPage() {
        Set<String> every = new TreeSet<>(pages());
        links().forEach(link -> every.add(link.path()));
        every.addAll(taskPages().values());
        return every;
    }

    /** Its panels on the case page ({@code /officer/case.xhtml}), which the page includes in their order. */
    default List<CasePanel> casePanels() {
        return List.of();
    }

    /**
     * Its links on a person's chronology ({@code /officer/chronology.xhtml}, a page of the core) to its own page about
     * that person, which the page shows in their order.
     */
    default List<PersonLink> personLinks() {
        return List.of();
    }

    /**
     * The paths of its pages and downloads that only some roles may open (as a security constraint of
     * {@code web.xml} would say): a person signed in with none of them gets the product's 403, nobody signed in the
     * sign-in page ({@code ProcessDoors}). A path under a workspace ({@code /officer/}, {@code /admin/}, …) is
     * already the workspace's roles' only, and needs none.
     */
    default List<ProtectedPath> protectedPaths() {
        return List.of();
    }

    /** Its public pages, which nobody signs in to: see {@link PublicPages}. */
    default List<PublicPages> publicPages() {
        return List.of();
    }

    /**
     * A bundle {@code uk.safeguardcases.web.i18n.<name>} (Welsh in {@code <name>_cy}), which pages read as
     * {@code #{<var>['key']}}.
     */
    record Bundle(String name, String var) {

        /** The bundle {@code name}, read as {@code #{<name>Msg['key']}}. */
        public static Bundle of(String name) {
            return new Bundle(name, name + "Msg");
        }
    }

    /** The menus: the workspaces in every page's header, the administration pages' menu, the portal's. */
    enum Menu {
        WORKSPACES, ADMIN, PORTAL
    }

    /**
     * A link: in {@code menu}, at {@code order} (lower first), worded by {@code label} of bundle {@code bundle},
     * to the view {@code path} (e.g. {@code /officer/searches.xhtml}); in the workspaces menu only for a person with
     * one of {@code roles}.
     */
    record Link(Menu menu, int order, String bundle, String label, String path, Set<Role> roles) {

        public static Link workspace(int order, String label, String path, Role... roles) {
            return new Link(Menu.WORKSPACES, order, Labels.BUNDLE, label, path, Set.of(roles));
        }

        public static Link admin(int order, String bundle, String label, String path) {
            return new Link(Menu.ADMIN, order, bundle, label, path, Set.of());
        }

        public static Link portal(int order, String bundle, String label, String path) {
            return new Link(Menu.PORTAL, order, bundle, label, path, Set.of());
        }
    }

    /**
     * A panel of the case page: the facelet fragment {@code fragment} (in {@code WEB-INF}, beside the process's other
     * pages), included at {@code order} among every process's panels, lower first (the investigation's own are at
     * 100, 200, … 2600: see {@code officer/InvestigationPanels}). The fragment says itself when it shows: a JSTL
     * {@code c:if} around what it shows only for some cases leaves it out of the view otherwise (read when the view is
     * built, from the case as the page loaded it, so a post restores the form it showed: issue 61), the outer
     * element's {@code rendered} what can change within one view; it reads the case as {@code #{file}} and its
     * reference as {@code #{caseRef}}.
     * {@code id} names the panel (two processes never bring the same one, nor two panels at one order).
     */
    record CasePanel(String id, int order, String fragment) {
    }

    /**
     * A link on a person's chronology: at {@code order} (lower first), worded by {@code label} of bundle
     * {@code bundle}, to the process's page {@code path} (one of its pages, e.g. {@code /officer/low-level.xhtml}),
     * opened with the person's id as {@code ?id=}.
     */
    record PersonLink(int order, String bundle, String label, String path) {
    }

    /**
     * Pages anyone may open without signing in (a board gives their address to the public, {@code ?board=<id>}),
     * every path under {@code prefix} ({@code /concern/}): a shared device's browser keeps no copy of them
     * ({@code Cache-Control: no-store}: they show a receipt code once); a body larger than the server takes is answered
     * by the page {@code tooLarge} (a forward, which keeps the page's address and query) in the board's languages, not
     * the product's plain 413; and a post to one of {@code forms} that cannot be taken (its page expired, its body
     * unreadable) is sent back to that form afresh, its board and language kept ({@code ?board=…&again=…}: the form
     * keeps a draft in the browser), not to the expired page. The security filters read them; none names a process.
     */
    record PublicPages(String prefix, String tooLarge, Set<String> forms) {

        public PublicPages {
            forms = Set.copyOf(forms);
        }

        /** Whether {@code path} (within the product: the servlet path and path info, or the address less the context) is one. */
        public boolean holds(String path) {
            return path != null && path.startsWith(prefix);
        }
    }

    /**
     * A path only {@code roles} may open: a servlet URL pattern, a prefix ({@code /annual/*}, which is {@code /annual}
     * and everything under it) or an exact path ({@code /annual/report.csv}).
     */
    record ProtectedPath(String pattern, Set<Role> roles) {

        public static ProtectedPath of(String pattern, Role... roles) {
            return new ProtectedPath(pattern, Set.of(roles));
        }

        /** Whether {@code path} (a request's servlet path and path info) is one of these. */
        public boolean covers(String path) {
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                return path.equals(prefix) || path.startsWith(prefix + "/");
            }
            return path.equals(pattern);
        }
    }
}
