package uk.safeguardcases.web.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * The hosting operator's pages' words ({@code #{hostingMsg[...]}}) and the invitation's; the operator's pages (behind
 * their own door, {@code OperatorDoor}) and a board administrator's invitation.
 */
@ApplicationScoped
public class HostingPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(Bundle.of("hosting"));
    }

    @Override
    public List<String> pages() {
        return List.of("/operator/sign-in.xhtml", "/operator/enrol.xhtml", "/operator/boards.xhtml",
                "/operator/new-board.xhtml", "/operator/invite.xhtml", "/invitation.xhtml");
    }
}
