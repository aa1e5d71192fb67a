package uk.safeguardcases.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.cases.ReferencesNotKeptException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Small things every view bean does the same way: refusing with the product's error pages, showing messages. */
public final class Pages {


    private Pages() {
    }

    /** Ends the request with the product's 404 page; another board's records are "not found" too. */
    public static void notFound(String message) {
        sendError(404, message);
    }

    private static void sendError(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, message);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the record a page is about (f:viewAction), or ends the request with the product's 404 page; another
     * board's records are "not found" too. True when it was loaded.
     */
    public static boolean load(Runnable load) {
        try {
            load.run();
            return true;
        } catch (NotFoundException e) {
            notFound(e.getMessage());
            return false;
        }
    }

    /** One message per invalid field, attached to the field so the error summary links to it. */
    public static void fieldErrors(String formId, Map<String, String> messages) {
        FacesContext faces = FacesContext.getCurrentInstance();
        messages.forEach((field, message) -> faces.addMessage(formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        faces.validationFailed();
    }

    /** Ends the request with a redirect to {@code path} within the product (messages kept in the flash). */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a form's step went (see {@link #step}). */
    public enum Step {
        DONE, REFUSED, NOT_FOUND
    }

    /**
     * What a step that was done says, and where the browser goes next: a path within the product (Post/Redirect/Get,
     * the message kept for that page), or none to stay on this page (when it shows something only this answer can,
     * like a new API key). No message: nothing is said.
     */
    public record Done(String message, String path) {

        /** Done; the browser is sent to {@code path}, where {@code message} is shown. */
        public static Done then(String path, String message) {
            return new Done(message, path);
        }

        /** Done; this page is shown again, with {@code message}. */
        public static Done here(String message) {
            return new Done(message, null);
        }
    }

    /**
     * Runs one step of a form through the services. Done: the message is kept for the next page and the browser
     * is sent to {@code path} (Post/Redirect/Get, so reloading never repeats the step). Invalid input is shown field
     * by field and nothing typed is lost; a step someone else already did, or one the caller may not do, is said in
     * plain words; a form posted for another board's record (or none) gets the product's 404 and does nothing.
     */
    public static Step step(String formId, String doneMessage, String path, Runnable step) {
        return step(formId, () -> {
            step.run();
            return Done.then(path, doneMessage);
        });
    }

    /**
     * Runs one step as {@link #step(String, String, String, Runnable)} does, the step itself saying what it did and
     * where the browser goes next (a message naming what it made, say). With no form ({@code formId} null), invalid
     * input is said at the top of the page.
     */
    public static Step step(String formId, Supplier<Done> step) {
        return run(formId, step, false);
    }

    /**
     * Runs a step on a record this page listed (a button in a row): as {@link #step(String, Supplier)}, except that
     * a record gone since the page was shown (removed in another window, say) is said in plain words rather than
     * answered with the 404 page; the page shows how things are now.
     */
    public static Step stepOnListed(Supplier<Done> step) {
        return run(null, step, true);
    }

    private static Step run(String formId, Supplier<Done> step, boolean listed) {
        Done done;
        try {
            done = step.get();
        } catch (InvalidInputException e) {
            if (formId == null) {
                error(String.join(" ", e.fieldMessages().values()));
            } else {
                fieldErrors(formId, e.fieldMessages());
            }
            return Step.REFUSED;
        } catch (TaskAlreadyDoneException | AccessRefusedException | ReferencesNotKeptException e) {
            error(e.getMessage());
            return Step.REFUSED;
        } catch (NotFoundException e) {
            if (listed) {
                error(e.getMessage());
                return Step.REFUSED;
            }
            notFound(e.getMessage());
            return Step.NOT_FOUND;
        } catch (RuntimeException e) {
            if (!changedMeanwhile(e)) {
                throw e;
            }
            // Two writes of the same record at once (a colleague, another window, a reminder's job): the second's
            // transaction rolled back whole, so nothing of it was saved; said, not a 500.
            error(Language.text("shell", "step.changedMeanwhile"));
            return Step.REFUSED;
        }
        if (done.message() != null) {
            info(done.message());
        }
        if (done.path() != null) {
            redirect(done.path());
        }
        return Step.DONE;
    }

    /** The exception types that say a record was changed by another write between reading and saving it. */
    private static final java.util.Set<String> CONFLICTS = java.util.Set.of(
            "jakarta.persistence.OptimisticLockException", "org.hibernate.StaleStateException",
            "org.camunda.bpm.engine.OptimisticLockingException");

    /** Whether {@code e}, or what caused it, says that another write changed the record first. */
    static boolean changedMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (CONFLICTS.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public static void info(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** "22 Nov 2026, 14:05" in UK time, the month in the page's language. */
    public static String when(Instant instant) {
        return uk.safeguardcases.application.PlainFormat.when(locale(), instant);
    }

    /** The page's language (English outside a page). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Language.ENGLISH : faces.getViewRoot().getLocale();
    }

    public static String when(Date date) {
        return date == null ? "" : when(date.toInstant());
    }
}
