package uk.safeguardcases.web.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.web.shell.ProcessPages;

/** The hosting operator's pages' words ({@code #{hostingMsg[...]}}) and the invitation's. */
@ApplicationScoped
public class HostingPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(Bundle.of("hosting"));
    }
}
