package uk.safeguardcases.web.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.signing.SigningWords;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Signed documents (issue 66): one bundle for the pages and the service, kept beside the service; the public page
 * where anyone checks a document under {@code /check/} (no sign-in; a board gives its address,
 * {@code /check/document.xhtml?board=<board>}), and the administrator's page of the board's signed documents.
 */
@ApplicationScoped
public class SigningPages implements ProcessPages {

    static final String BUNDLE = SigningWords.BUNDLE;
    static final String PUBLIC_PREFIX = "/check/";
    static final String ADMIN_PAGE = "/signing/documents.xhtml";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "signMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(Link.admin(150, BUNDLE, "admin.link", ADMIN_PAGE));
    }

    @Override
    public List<PublicPages> publicPages() {
        return List.of(new PublicPages(PUBLIC_PREFIX, CheckTooLarge.PATH, Set.of(CheckDocumentPage.PAGE)));
    }

    @Override
    public List<String> pages() {
        return List.of(CheckDocumentPage.PAGE);
    }

    @Override
    public List<ProtectedPath> protectedPaths() {
        return List.of(ProtectedPath.of("/signing/*", Role.ADMIN));
    }
}
