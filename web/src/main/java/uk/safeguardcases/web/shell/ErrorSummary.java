package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The problems of a form sent back, for the error summary at the top of the page (the GOV.UK pattern): one line per
 * field, each a link to that field, in the order the page asks (not the order a service found them in), each to
 * something that takes the focus: a group of radio buttons or check boxes is a table or a list, so its line goes to
 * its first choice.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** A field's problem: {@code fieldId} is the client id of the element the line links to. */
    public record Item(String fieldId, String text) {
    }

    private List<Item> items;
    private boolean gathering;

    /**
     * Gathered once the page is drawn; asked before (whether the summary is rendered, while a post is decoded), anew.
     * Asked while the page's order is walked (the walk asks whether the summary itself is rendered), in any order.
     */
    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (gathering) {
            return gathered(faces, false);
        }
        if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return inPageOrder(faces);
        }
        if (items == null) {
            items = inPageOrder(faces);
        }
        return items;
    }

    private List<Item> inPageOrder(FacesContext faces) {
        gathering = true;
        try {
            return gathered(faces, true);
        } finally {
            gathering = false;
        }
    }

    private static List<Item> gathered(FacesContext faces, boolean ordered) {
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> texts = new HashMap<>();
        for (Iterator<String> withMessages = faces.getClientIdsWithMessages(); withMessages.hasNext(); ) {
            String id = withMessages.next();
            if (id == null) {
                continue;
            }
            for (FacesMessage message : faces.getMessageList(id)) {
                if (message.getSeverity() != null && message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
                    if (!texts.containsKey(id)) {
                        ids.add(id);
                    }
                    texts.computeIfAbsent(id, k -> new ArrayList<>()).add(message.getSummary());
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        if (!ordered) {
            return ids.stream().flatMap(id -> texts.get(id).stream().map(text -> new Item(id, text))).toList();
        }
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> targets = new HashMap<>();
        UIViewRoot root = faces.getViewRoot();
        if (root != null) {
            root.visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                    (context, component) -> {
                        String id = component.getClientId(context.getFacesContext());
                        order.putIfAbsent(id, order.size());
                        if (texts.containsKey(id)) {
                            targets.put(id, focusable(context.getFacesContext(), component, id));
                        }
                        return VisitResult.ACCEPT;
                    });
        }
        ids.sort(Comparator.comparing(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
        List<Item> found = new ArrayList<>();
        for (String id : ids) {
            for (String text : texts.get(id)) {
                found.add(new Item(targets.getOrDefault(id, id), text));
            }
        }
        return List.copyOf(found);
    }

    /** The id of the element that takes the focus for {@code component}: the first choice of a radio or check group. */
    private static String focusable(FacesContext faces, UIComponent component, String id) {
        String renderer = component.getRendererType();
        boolean group = (component instanceof UISelectOne && "jakarta.faces.Radio".equals(renderer))
                || (component instanceof UISelectMany && "jakarta.faces.Checkbox".equals(renderer));
        return group ? id + UINamingContainer.getSeparatorChar(faces) + "0" : id;
    }
}
