package uk.safeguardcases.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.CallerContext;

/** The language an API call asks to be answered in: the first of Welsh or English its {@code Accept-Language} names. */
public final class AcceptLanguage {

    private AcceptLanguage() {
    }

    /** Welsh for {@code cy}, English for {@code en}, whichever comes first; else the caller's own language. */
    public static Locale of(HttpHeaders headers) {
        for (Locale asked : headers.getAcceptableLanguages()) {
            if ("cy".equals(asked.getLanguage())) {
                return Texts.WELSH;
            }
            if ("en".equals(asked.getLanguage())) {
                return Texts.ENGLISH;
            }
        }
        return CallerContext.language();
    }
}
