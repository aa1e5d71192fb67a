package uk.safeguardcases.web.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * Concerns from anyone (issue 41): its words (one bundle for the public pages, the officer's panel and the service,
 * kept beside the service). Its public pages need no link: a board gives their address to the public; they are
 * public pages under {@code /concern/} (no copy kept by the browser, their own page for a body too large, the two
 * forms sent back to afresh).
 */
@ApplicationScoped
public class PublicConcernPages implements ProcessPages {

    static final String BUNDLE = "uk.safeguardcases.application.publicconcern.publicconcern";

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(BUNDLE, "reportMsg"));
    }

    @Override
    public List<CasePanel> casePanels() {
        // Who raised the concern, after whom the case is about.
        return List.of(new CasePanel("reporter", 1750, "/WEB-INF/publicconcern/case-panel.xhtml"));
    }

    /** The forms of its public pages, which keep a draft in the browser ({@code concern-draft.js}). */
    static final Set<String> FORMS = Set.of(RaiseConcernPage.PAGE, FollowUpPage.PAGE);

    @Override
    public List<PublicPages> publicPages() {
        return List.of(new PublicPages("/concern/", PublicConcernRefusals.TOO_LARGE, FORMS));
    }

    @Override
    public List<String> pages() {
        return List.of("/concern/raise.xhtml", "/concern/follow-up.xhtml", "/concern/confirm-address.xhtml");
    }
}
