package uk.safeguardcases.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registered processes' bundles by the names pages read them by ({@code #{searchesMsg['nav']}}), in the page's
 * language, as {@code <resource-bundle>} entries in faces-config.xml would give them: each process brings its own
 * ({@link ProcessPages#bundle()}) instead of adding a line there.
 */
public class BundleELResolver extends ELResolver {

    private volatile Map<String, String> bundlesByVar;

    /*
     * Each bundle once per language: a page reads its texts hundreds of times a request (each evidence item's labels),
     * and each ResourceBundle.getBundle call builds its key and the list of candidate locales afresh. The bundles are
     * the application's own files, which do not change while it runs (ResourceBundle keeps them for good too).
     */
    private final Map<String, ResourceBundle> found = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        String bundle = bundleOf(base, property);
        if (bundle == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        Locale locale = locale();
        return found.computeIfAbsent(bundle + '|' + locale.toLanguageTag(), key -> ResourceBundle.getBundle(
                Language.baseName(bundle), locale, Thread.currentThread().getContextClassLoader()));
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (bundleOf(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (bundleOf(base, property) != null) {
            throw new PropertyNotWritableException(property + " is a bundle of texts");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (bundleOf(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }

    private String bundleOf(Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Map<String, String> known = bundlesByVar;
        if (known == null) {
            known = CDI.current().select(Contributions.class).get().bundlesByVar();
            bundlesByVar = known;
        }
        return known.get(name);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Language.ENGLISH;
        }
        if (faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }
}
