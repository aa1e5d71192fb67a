package uk.safeguardcases.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
