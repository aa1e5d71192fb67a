package uk.safeguardcases.web.shell;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import java.util.logging.Logger;

/**
 * A record's page posts its forms for the record it shows. On a view parameter naming the record ({@code ref}): a
 * post whose address names another record (edited, or another board's) is answered with the 404 page before anything
 * is set or done, since the page's forms, its view state and whatever the form's step would do belong to the record
 * it was opened for (issue 63, item 9). A first visit, and a post without the parameter, pass.
 */
@FacesValidator("safeguard.sameRecord")
public class SameRecordOnPost implements Validator<Object> {

    private static final Logger LOG = Logger.getLogger(SameRecordOnPost.class.getName());

    @Override
    public void validate(FacesContext faces, UIComponent component, Object value) {
        if (!faces.isPostback() || value == null) {
            return;
        }
        ValueExpression model = component.getValueExpression("value");
        Object shown = model == null ? null : model.getValue(faces.getELContext());
        if (shown != null && !shown.equals(value)) {
            LOG.warning(() -> "A form of " + faces.getViewRoot().getViewId()
                    + " was posted for another record than the page shows; refused with 404.");
            Pages.notFound(null);
        }
    }
}
