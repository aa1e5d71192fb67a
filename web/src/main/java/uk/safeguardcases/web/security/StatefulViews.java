package uk.safeguardcases.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;

/**
 * A form post whose view state cannot be this page's is the sender's fault, told as a {@link ViewExpiredException},
 * which {@link ExpiredPageFilter} (and {@link AjaxSendersFault} for ajax) answers with the expired page and one line in
 * the log, rather than the 500 and 90-line stack trace the container gave. Two such posts reached Faces' internals:
 * <ul>
 * <li>{@code jakarta.faces.ViewState=stateless}: every page of the product keeps its state on the server, none is a
 * transient view, so Mojarra builds the page afresh, finds it is not transient and fails with a bare
 * {@code FacesException} ("Unable to restore view");</li>
 * <li>a view state of the same session but of another page: Mojarra finds server-side state by its token alone, not
 * by page, and applies another page's state to this one's components (an {@code ArrayIndexOutOfBoundsException}).</li>
 * </ul>
 * So a postback whose state cannot be restored onto its page, for whatever reason, is treated as expired. A page's own
 * state always restores (it was saved from the same tree); the log line names what failed.
 */
public class StatefulViews extends ViewHandlerWrapper {

    public StatefulViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        try {
            return super.restoreView(context, viewId);
        } catch (ViewExpiredException e) {
            throw e;
        } catch (RuntimeException e) {
            String viewState = context.getExternalContext().getRequestParameterMap()
                    .get(ResponseStateManager.VIEW_STATE_PARAM);
            if (viewState == null) {
                throw e;
            }
            String why = "stateless".equals(viewState) ? "a stateless view state for a page that keeps its state"
                    : "a view state that does not fit this page (" + e.getClass().getSimpleName() + ")";
            throw new ViewExpiredException(why, viewId);
        }
    }
}
