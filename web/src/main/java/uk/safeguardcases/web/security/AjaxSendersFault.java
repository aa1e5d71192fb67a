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
            if (context != null) {
                answerRecordFaults(context);
            }
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

        /**
         * A post aimed at a record that is not the caller's board's (or no record), or at a step someone has already
         * done, or one the caller may not do, from wherever it came (a page's setter or listener rather than
         * {@code Pages.step}): the sender's fault, a 404, 409 or 403 with the product's page and one line in the log,
         * never a 500. An ajax post is sent to its page afresh, which shows how things are now.
         */
        private void answerRecordFaults(FacesContext context) {
            Integer status = null;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext();) {
                Integer fault = recordFault(events.next().getContext().getException());
                if (fault != null) {
                    events.remove();
                    status = status == null ? fault : status;
                }
            }
            if (status == null) {
                return;
            }
            ExternalContext external = context.getExternalContext();
            int answer = status;
            LOG.info(() -> "A post the product cannot take (" + answer + ") to " + external.getRequestServletPath());
            if (external.isResponseCommitted()) {
                context.responseComplete();
                return;
            }
            try {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    jakarta.servlet.http.HttpServletRequest request =
                            (jakarta.servlet.http.HttpServletRequest) external.getRequest();
                    String query = request.getQueryString();
                    external.redirect(external.getRequestContextPath() + external.getRequestServletPath()
                            + (query == null ? "" : "?" + query));
                } else {
                    external.responseReset();
                    external.responseSendError(answer, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }

        static Integer recordFault(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof uk.safeguardcases.application.tenancy.NotFoundException) {
                    return 404;
                }
                if (cause instanceof uk.safeguardcases.application.process.TaskAlreadyDoneException) {
                    return 409;
                }
                if (cause instanceof uk.safeguardcases.application.tenancy.AccessRefusedException) {
                    return 403;
                }
            }
            return null;
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
