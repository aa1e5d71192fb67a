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
        int hidden = hidden(root);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseHeader(HEADER, Integer.toString(count));
            external.setResponseHeader(HIDDEN_HEADER, Integer.toString(hidden));
        }
        LOG.info(() -> root.getViewId() + (external.getRequestParameterMap().containsKey("ref")
                ? "?ref=" + external.getRequestParameterMap().get("ref") : "") + ": " + count + " components, "
                + hidden + " of them not rendered");
    }

    /**
     * The components under (and including) one whose {@code rendered} is false as the page stands, outside any
     * iterating component (a row's {@code rendered} depends on its row, which is not set here).
     */
    static int hidden(UIComponent component) {
        boolean shown;
        try {
            shown = component.isRendered();
        } catch (RuntimeException e) {
            shown = true;
        }
        if (!shown) {
            return count(component);
        }
        if (component instanceof jakarta.faces.component.UIData
                || component.getClass().getSimpleName().equals("UIRepeat")) {
            return 0;
        }
        int hidden = 0;
        for (Iterator<UIComponent> under = component.getFacetsAndChildren(); under.hasNext(); ) {
            hidden += hidden(under.next());
        }
        return hidden;
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
