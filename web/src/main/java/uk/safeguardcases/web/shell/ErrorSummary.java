package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The problems of a form sent back, for the error summary at the top of the page (the GOV.UK pattern): one line per
 * field, each a link to that field, in the order the page asked.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** A field's problem: {@code fieldId} is the field's client id, which the line links to. */
    public record Item(String fieldId, String text) {
    }

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            for (FacesMessage message : faces.getMessageList(id)) {
                if (message.getSeverity() != null && message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
                    items.add(new Item(id, message.getSummary()));
                }
            }
        }
        return items;
    }
}
