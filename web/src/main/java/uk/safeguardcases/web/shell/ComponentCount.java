package uk.safeguardcases.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A measuring aid, off unless the server runs with {@code -Dsafeguard.faces.countComponents=true} (never in
 * production): once a page's view is built and before it renders, the number of components in its tree (every
 * component and facet, those not rendered too: each is made, restored and walked in every phase) is logged and sent
 * as the response header {@code X-Safeguard-Components}, which the component benchmark reads (issue 61, "Build only
 * what the person sees"). Off, it costs one boolean test a page.
 */
public class ComponentCount implements SystemEventListener {

    /** The response header the count is sent in. */
    public static final String HEADER = "X-Safeguard-Components";
    /** The response header saying how many of them are under a component not rendered (built, never shown). */
    public static final String HIDDEN_HEADER = "X-Safeguard-Components-Hidden";

    private static final boolean ON = Boolean.getBoolean("safeguard.faces.countComponents");
    private static final Logger LOG = Logger.getLogger(ComponentCount.class.getName());

    @Override
    public boolean isListenerForSource(Object source) {
        return ON && source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        UIViewRoot root = (UIViewRoot) event.getSource();
        int count = count(root);
        java.util.List<String> largest = new java.util.ArrayList<>();
        int hidden = hidden(root, largest);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseHeader(HEADER, Integer.toString(count));
            external.setResponseHeader(HIDDEN_HEADER, Integer.toString(hidden));
        }
        LOG.info(() -> root.getViewId() + (external.getRequestParameterMap().containsKey("ref")
                ? "?ref=" + external.getRequestParameterMap().get("ref") : "") + ": " + count + " components, "
                + hidden + " of them not rendered" + (largest.isEmpty() ? ""
                : "; the largest not rendered: " + largest.stream().sorted(java.util.Comparator.comparingInt(
                        (String l) -> -Integer.parseInt(l.substring(0, l.indexOf(' '))))).limit(12).toList()));
    }

    /**
     * The components under (and including) one whose {@code rendered} is false as the page stands, outside any
     * iterating component (a row's {@code rendered} depends on its row, which is not set here).
     */
    static int hidden(UIComponent component, java.util.List<String> largest) {
        boolean shown;
        try {
            shown = component.isRendered();
        } catch (RuntimeException e) {
            shown = true;
        }
        if (!shown) {
            int count = count(component);
            if (count >= 5) {
                largest.add(count + " " + named(component));
            }
            return count;
        }
        if (component instanceof jakarta.faces.component.UIData
                || component.getClass().getSimpleName().equals("UIRepeat")) {
            return 0;
        }
        int hidden = 0;
        for (Iterator<UIComponent> under = component.getFacetsAndChildren(); under.hasNext(); ) {
            hidden += hidden(under.next(), largest);
        }
        return hidden;
    }

    /** The component's own id, or the first own id under it (a generated one says little), or its family. */
    private static String named(UIComponent component) {
        String id = component.getId();
        if (id != null && !id.startsWith("j_id")) {
            return id;
        }
        for (Iterator<UIComponent> under = component.getFacetsAndChildren(); under.hasNext(); ) {
            String named = named(under.next());
            if (!named.startsWith("(")) {
                return "in " + named;
            }
        }
        return "(" + component.getFamily() + ")";
    }

    /** The component and every one under it, facets included. */
    static int count(UIComponent component) {
        int count = 1;
        for (Iterator<UIComponent> under = component.getFacetsAndChildren(); under.hasNext(); ) {
            count += count(under.next());
        }
        return count;
    }
}
