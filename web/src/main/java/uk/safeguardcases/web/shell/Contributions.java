package uk.safeguardcases.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the registered {@link ProcessPages} bring, put together once: the page of each task, the menus, the
 * bundles by their page names, the case page's panels in their order, the protected paths and the public pages. Two
 * processes claiming the same task, bundle or name, case panel or panel order, protected path or public pages (one's
 * prefix within another's) stop the deployment.
 */
@Named
@ApplicationScoped
public class Contributions {

    /** Where a task no process names a page for is done: its case's page. */
    static final String CASE_PAGE = "/officer/case.xhtml";

    @Inject
    @Any
    private Instance<ProcessPages> registered;

    private Map<String, String> taskPages;
    private Map<String, String> bundlesByVar;
    private List<ProcessPages.Link> links;
    private List<ProcessPages.CasePanel> casePanels;
    private List<ProcessPages.PersonLink> personLinks;
    private List<ProcessPages.ProtectedPath> protectedPaths;
    private List<ProcessPages.PublicPages> publicPages;

    /** Where the public pages are kept for the web server's own hooks, which run outside CDI ({@code BeforeSignIn}). */
    static final String PUBLIC_PAGES = Contributions.class.getName() + ".publicPages";

    @PostConstruct
    void collect() {
        List<ProcessPages> all = new ArrayList<>();
        registered.forEach(all::add);
        collect(all);
    }

    void collect(List<ProcessPages> all) {
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, String> bundles = new LinkedHashMap<>();
        List<ProcessPages.Link> menus = new ArrayList<>();
        Map<String, ProcessPages.CasePanel> panels = new LinkedHashMap<>();
        List<ProcessPages.PersonLink> aboutAPerson = new ArrayList<>();
        Map<String, ProcessPages.ProtectedPath> paths = new LinkedHashMap<>();
        List<ProcessPages.PublicPages> open = new ArrayList<>();
        for (ProcessPages process : all) {
            process.taskPages().forEach((task, page) -> {
                if (pages.putIfAbsent(task, page) != null) {
                    throw new IllegalStateException("Two processes name a page for the task " + task);
                }
            });
            for (ProcessPages.Bundle bundle : process.bundles()) {
                if (bundles.containsValue(bundle.name()) || bundles.putIfAbsent(bundle.var(), bundle.name()) != null) {
                    throw new IllegalStateException("Two processes bring the bundle " + bundle.name() + " or the name "
                            + bundle.var());
                }
            }
            menus.addAll(process.links());
            for (ProcessPages.CasePanel panel : process.casePanels()) {
                if (panels.putIfAbsent(panel.id(), panel) != null || panels.values().stream()
                        .anyMatch(other -> other != panel && other.order() == panel.order())) {
                    throw new IllegalStateException("Two processes bring the case panel " + panel.id()
                            + " or a panel at its order " + panel.order());
                }
            }
            aboutAPerson.addAll(process.personLinks());
            for (ProcessPages.ProtectedPath path : process.protectedPaths()) {
                if (paths.putIfAbsent(path.pattern(), path) != null) {
                    throw new IllegalStateException("Two processes protect the path " + path.pattern());
                }
            }
            for (ProcessPages.PublicPages opened : process.publicPages()) {
                if (open.stream().anyMatch(other -> other.holds(opened.prefix()) || opened.holds(other.prefix()))) {
                    throw new IllegalStateException("Two processes open the public pages under " + opened.prefix());
                }
                open.add(opened);
            }
        }
        menus.sort(Comparator.comparing(ProcessPages.Link::menu).thenComparingInt(ProcessPages.Link::order));
        taskPages = Map.copyOf(pages);
        bundlesByVar = Map.copyOf(bundles);
        links = List.copyOf(menus);
        casePanels = panels.values().stream().sorted(Comparator.comparingInt(ProcessPages.CasePanel::order)).toList();
        personLinks = aboutAPerson.stream().sorted(Comparator.comparingInt(ProcessPages.PersonLink::order)
                .thenComparing(ProcessPages.PersonLink::path)).toList();
        protectedPaths = List.copyOf(paths.values());
        publicPages = List.copyOf(open);
    }

    /** Once the application starts: the public pages, where the web server's hooks find them ({@link #publicPagesOf}). */
    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        context.setAttribute(PUBLIC_PAGES, publicPages);
    }

    /** The page a task of {@code taskKey} is done on: its process's, else its case's. */
    public String taskPage(String taskKey) {
        return taskPages.getOrDefault(taskKey, CASE_PAGE);
    }

    /** The links of {@code menu}, in their order. */
    public List<ProcessPages.Link> links(ProcessPages.Menu menu) {
        return links.stream().filter(link -> link.menu() == menu).toList();
    }

    /** The case page's panels, in their order (the page includes each fragment). */
    public List<ProcessPages.CasePanel> casePanels() {
        return casePanels;
    }

    /** The links on a person's chronology to every process's page about them, in their order. */
    public List<ProcessPages.PersonLink> personLinks() {
        return personLinks;
    }

    /** The paths some process opens to some roles only. */
    public List<ProcessPages.ProtectedPath> protectedPaths() {
        return protectedPaths;
    }

    /** The public pages every process opens. */
    public List<ProcessPages.PublicPages> publicPages() {
        return publicPages;
    }

    /** The forms of every public page, sent back to afresh when a post to them cannot be taken. */
    public Set<String> publicForms() {
        Set<String> forms = new TreeSet<>();
        publicPages.forEach(pages -> forms.addAll(pages.forms()));
        return forms;
    }

    /**
     * The public pages that hold {@code request}'s address (less the context), if any: for the filters and the web
     * server's hooks, CDI or none, once the application has started.
     */
    @SuppressWarnings("unchecked")
    public static Optional<ProcessPages.PublicPages> publicPagesOf(HttpServletRequest request) {
        Object pages = request.getServletContext() == null ? null
                : request.getServletContext().getAttribute(PUBLIC_PAGES);
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (!(pages instanceof List<?>) || uri == null || !uri.startsWith(context)) {
            return Optional.empty();
        }
        String path = uri.substring(context.length());
        return ((List<ProcessPages.PublicPages>) pages).stream().filter(p -> p.holds(path)).findFirst();
    }

    /** The bundles' names ({@code searches}) by the names pages read them by ({@code searchesMsg}). */
    public Map<String, String> bundlesByVar() {
        return bundlesByVar;
    }

    /**
     * The words for {@code key} in the page's language from the shell bundle, or else from the first registered
     * bundle that has it (a process words its own values in its own bundle); the key itself when none has it.
     */
    public String text(String key) {
        String bundle = bundleHaving(key);
        return bundle == null ? key : Language.text(bundle, key);
    }

    /** As {@link #text(String)}, the words a pattern given {@code arguments} ({0}-style). */
    public String text(String key, Object... arguments) {
        String bundle = bundleHaving(key);
        return bundle == null ? key : Language.text(bundle, key, arguments);
    }

    /** The shell bundle if it has {@code key}, else the first registered bundle that has it; null for none. */
    public String bundleHaving(String key) {
        if (has(Labels.BUNDLE, key)) {
            return Labels.BUNDLE;
        }
        return bundlesByVar.values().stream().filter(bundle -> has(bundle, key)).findFirst().orElse(null);
    }

    private static boolean has(String bundle, String key) {
        try {
            return ResourceBundle.getBundle(Language.baseName(bundle)).containsKey(key);
        } catch (java.util.MissingResourceException e) {
            return false;
        }
    }
}
