package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface language. English everywhere; a board whose interface is bilingual (Cwm Taf) lets its people
 * switch to Welsh with {@code ?lang=cy} on any page (and back with {@code ?lang=en}). The sign-in page offers
 * both, since nobody's board is known yet. The choice is kept in the session by {@link LanguageFilter}.
 */
@Named
@RequestScoped
public class Language {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    public static final String SESSION_LANGUAGE = "safeguard.language";

    @Inject
    private Shell shell;

    @Inject
    private HttpServletRequest request;

    /** Whether this page may offer the other language: before sign-in, or on a bilingual board. */
    public boolean isOffered() {
        return !shell.isSignedIn() || (shell.getBoard() != null && shell.getBoard().welshInterface());
    }

    public Locale getLocale() {
        HttpSession session = request.getSession(false);
        boolean welsh = session != null && "cy".equals(session.getAttribute(SESSION_LANGUAGE));
        return welsh && isOffered() ? WELSH : ENGLISH;
    }

    public boolean isWelsh() {
        return WELSH.equals(getLocale());
    }

    /** The value of the page's {@code <html lang>}. */
    public String getTag() {
        return isWelsh() ? "cy" : "en";
    }

    /**
     * A text of one of the interface bundles ({@code uk.safeguardcases.web.i18n.<bundle>}) in the page's
     * language, with {0}-style arguments; for messages that Java code adds to a page.
     */
    public static String text(String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? ENGLISH : faces.getViewRoot().getLocale();
        try {
            String pattern = ResourceBundle.getBundle("uk.safeguardcases.web.i18n." + bundle, locale).getString(key);
            return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
