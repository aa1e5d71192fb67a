package uk.safeguardcases.web.leaving;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.leaving.LeavingWords;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * A board leaves (issue 62): its words (one bundle, kept beside the service, read as {@code #{leavingMsg[...]}}) and
 * its page, last among the administration pages, and the hosting operator's page for it.
 */
@ApplicationScoped
public class LeavingPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(new Bundle(LeavingWords.BUNDLE, "leavingMsg"));
    }

    @Override
    public List<Link> links() {
        return List.of(Link.admin(190, LeavingWords.BUNDLE, "nav", "/admin/leaving.xhtml"));
    }

    @Override
    public List<String> pages() {
        return List.of("/operator/leaving.xhtml");
    }
}
