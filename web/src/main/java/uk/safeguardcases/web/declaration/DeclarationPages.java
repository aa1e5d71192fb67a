package uk.safeguardcases.web.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.web.shell.ProcessPages;

/** Policy declarations (NSCB model policy 4.2, Appendix 1): its own bundle, the register and the member's form. */
@ApplicationScoped
public class DeclarationPages implements ProcessPages {

    @Override
    public List<Bundle> bundles() {
        return List.of(Bundle.of("declarations"));
    }

    @Override
    public List<Link> links() {
        return List.of(Link.admin(50, "declarations", "admin.nav", "/admin/declarations.xhtml"),
                Link.portal(40, "declarations", "portal.nav", "/portal/declaration.xhtml"));
    }
}
