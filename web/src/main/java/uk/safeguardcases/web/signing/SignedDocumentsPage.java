package uk.safeguardcases.web.signing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.signing.SigningOverview;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.web.shell.Language;

/**
 * The board administrator's page of signed documents: who signs, whether documents carry a trusted time (when no
 * time-stamping authority is set it says they are signed without one), and the latest the board issued.
 */
@Named
@RequestScoped
public class SignedDocumentsPage {

    @Inject
    private SigningOverview signing;

    @Inject
    private Language language;

    private SigningOverview.Overview overview;

    @PostConstruct
    void load() {
        overview = signing.overview();
    }

    public SigningOverview.Overview getOverview() {
        return overview;
    }

    public List<SigningOverview.Line> getLatest() {
        return overview.latest();
    }

    public String getSignedBy() {
        return text("admin.signedBy", overview.signer().subject());
    }

    public String getFingerprint() {
        return text("admin.fingerprint", overview.signer().sha256Fingerprint());
    }

    public String getWithoutTime() {
        return text("admin.withoutTime", overview.withoutTime());
    }

    /** The board's own check page, to give to those it sends documents to. */
    public String getCheckPage() {
        return SigningPages.PUBLIC_PREFIX + "document.xhtml?board=" + CallerContext.current().tenantId();
    }

    public String kind(String kind) {
        try {
            return text("kind." + kind);
        } catch (java.util.MissingResourceException e) {
            return kind;
        }
    }

    public String when(java.time.Instant at) {
        return PlainFormat.when(locale(), at);
    }

    private Locale locale() {
        return language.isWelsh() ? Language.WELSH : Language.ENGLISH;
    }

    private String text(String key, Object... arguments) {
        return Texts.in(SigningPages.BUNDLE, locale(), key, arguments);
    }
}
