package uk.safeguardcases.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.web.shell.ProcessPages;

/** People's accounts and the board's doors: its own bundle and the administrators' pages. */
@ApplicationScoped
public class AccountPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(Bundle.of("accounts"));
    }

    @Override
    public List<Link> links() {
        return List.of(Link.admin(80, "accounts", "nav.accounts", "/admin/accounts.xhtml"),
                Link.admin(90, "accounts", "nav.signIn", "/admin/sign-in.xhtml"),
                Link.admin(100, "accounts", "nav.import", "/admin/import.xhtml"),
                Link.admin(110, "accounts", "nav.reads", "/admin/reads.xhtml"));
    }
}
