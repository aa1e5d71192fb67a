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
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The interface language. English everywhere; a board whose interface is bilingual (Cwm Taf) lets its people
 * switch to Welsh with {@code ?lang=cy} on any page (and back with {@code ?lang=en}). The sign-in page offers
 * both, since nobody's board is known yet. The choice is kept in the session by {@link LanguageFilter}; for a
 * signed-in person the caller carries it (set by {@code CallerFilter}), so the services answer in the page's
 * language.
 */
@Named
@RequestScoped
public class Language {

    public static final Locale ENGLISH = Texts.ENGLISH;
    public static final Locale WELSH = Texts.WELSH;
    public static final String WELSH_TAG = "cy";
    public static final String ENGLISH_TAG = "en";
    public static final String SESSION_LANGUAGE = "safeguard.language";
    /** The package of the interface bundles: {@code <BUNDLES><name>}. */
    static final String BUNDLES = "uk.safeguardcases.web.i18n.";

    /** A bundle's base name: {@code officer} is one of the interface bundles; a name with a dot is a full base name. */
    static String baseName(String bundle) {
        return bundle.indexOf('.') >= 0 ? bundle : BUNDLES + bundle;
    }

    @Inject
    private Shell shell;

    @Inject
    private HttpServletRequest request;

    /** Whether this page may offer the other language: before sign-in, or on a bilingual board. */
    public boolean isOffered() {
        return !shell.isSignedIn() || (shell.getBoard() != null && shell.getBoard().welshInterface());
    }

    public Locale getLocale() {
        if (shell.isSignedIn()) {
            return CallerContext.language();
        }
        return WELSH_TAG.equals(asked(request)) ? WELSH : ENGLISH;
    }

    /**
     * The language this request asks for: {@code ?lang=} on a page, or else the one kept in the session (null for
     * none). Read by the filters as well, whichever of them runs first.
     */
    public static String asked(HttpServletRequest request) {
        String asked = request.getRequestURI().endsWith(".xhtml") ? request.getParameter("lang") : null;
        if (WELSH_TAG.equals(asked) || ENGLISH_TAG.equals(asked)) {
            return asked;
        }
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_LANGUAGE);
    }

    public boolean isWelsh() {
        return WELSH.equals(getLocale());
    }

    /** The value of the page's {@code <html lang>}. */
    public String getTag() {
        return isWelsh() ? WELSH_TAG : ENGLISH_TAG;
    }

    /**
     * A text of one of the interface bundles ({@code uk.safeguardcases.web.i18n.<bundle>}) in the page's
     * language, with {0}-style arguments; for messages that Java code adds to a page.
     */
    public static String text(String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? ENGLISH : faces.getViewRoot().getLocale();
        try {
            String pattern = ResourceBundle.getBundle(baseName(bundle), locale).getString(key);
            return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A count in the page's language from a text of an interface bundle with plural forms ({@code key.one},
     * {@code key.other}, {@code key.none} …; see {@link uk.safeguardcases.application.PlainFormat#count}).
     */
    public static String count(String bundle, String key, long n) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? ENGLISH : faces.getViewRoot().getLocale();
        ResourceBundle texts = ResourceBundle.getBundle("uk.safeguardcases.web.i18n." + bundle, locale);
        return uk.safeguardcases.application.PlainFormat.count(locale, n, key, texts::getString);
    }
}
