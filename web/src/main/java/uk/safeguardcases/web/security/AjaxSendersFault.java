package uk.safeguardcases.web.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * An ajax post the product cannot take (its page has expired, its view state is forged or claims to be stateless) is
 * the sender's fault, as {@link ExpiredPageFilter} says of a full post; but Faces keeps an ajax request's failure to
 * itself, logs it with its whole stack trace and answers with an error the page cannot show. Here such a failure is
 * taken off Faces' hands: one line in the log, and the browser is sent to the expired page (a partial-response
 * redirect, on a relative address). Every other failure goes on to Faces as before.
 */
public class AjaxSendersFault extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(AjaxSendersFault.class.getName());

    public AjaxSendersFault(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                String why = null;
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                        events.hasNext();) {
                    String fault = ExpiredPageFilter.sendersFault(events.next().getContext().getException());
                    if (fault != null) {
                        events.remove();
                        why = why == null ? fault : why;
                    }
                }
                if (why != null) {
                    toExpiredPage(context, why);
                }
            }
            getWrapped().handle();
        }

        private static void toExpiredPage(FacesContext context, String why) {
            ExternalContext external = context.getExternalContext();
            LOG.info(() -> "An ajax post that cannot be taken (" + why + ") to " + external.getRequestServletPath()
                    + ": sent to the expired page");
            if (external.isResponseCommitted()) {
                context.responseComplete();
                return;
            }
            try {
                external.redirect(external.getRequestContextPath() + ExpiredPageFilter.EXPIRED_PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
