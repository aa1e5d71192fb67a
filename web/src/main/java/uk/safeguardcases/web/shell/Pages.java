package uk.safeguardcases.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.cases.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/** Small things every view bean does the same way: refusing with the product's error pages, showing messages. */
public final class Pages {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

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
     * Runs one step of a form through the services. Done: the message is kept for the next page and the browser
     * is sent to {@code path} (Post/Redirect/Get, so reloading never repeats the step). Invalid input is shown field
     * by field and nothing typed is lost; a step someone else already did, or one the caller may not do, is said in
     * plain words; a form posted for another board's record (or none) gets the product's 404 and does nothing.
     */
    public static Step step(String formId, String doneMessage, String path, Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            fieldErrors(formId, e.fieldMessages());
            return Step.REFUSED;
        } catch (TaskAlreadyDoneException | AccessRefusedException e) {
            error(e.getMessage());
            return Step.REFUSED;
        } catch (NotFoundException e) {
            notFound(e.getMessage());
            return Step.NOT_FOUND;
        }
        info(doneMessage);
        redirect(path);
        return Step.DONE;
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
        return instant == null ? "" : WHEN.withLocale(locale()).format(instant.atZone(UK));
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
