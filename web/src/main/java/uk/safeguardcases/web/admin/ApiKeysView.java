package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.api.ApiKeyService;
import uk.safeguardcases.application.api.ApiKeyView;
import uk.safeguardcases.application.api.NewApiKey;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * admin/api-keys.xhtml: the board's API keys for monitoring tools. A new key is shown in full once, on the page
 * that made it (it is not stored, so it cannot be shown again).
 */
@Named
@ViewScoped
public class ApiKeysView implements Serializable {

    private static final String FORM = "newKey";

    @Inject
    private ApiKeyService keys;

    private List<ApiKeyView> list;
    private String name;
    private NewApiKey made;

    public void load() {
        list = keys.keys();
    }

    public String create() {
        Pages.step(FORM, () -> {
            Long chosen = organisation == null || organisation.isBlank() ? null : parse(organisation);
            made = chosen == null ? keys.create(name) : keys.createServiceAccount(name, chosen);
            organisation = null;
            name = null;
            list = keys.keys();
            return Done.here(Language.text("admin", "apikeys.created", made.view().name()));
        });
        return null;
    }

    public String revoke(long id) {
        Pages.step(null, () -> {
            ApiKeyView revoked = keys.revoke(id);
            made = null;
            list = keys.keys();
            return Done.here(Language.text("admin", "apikeys.revokedDone", revoked.name(), revoked.keyPrefix()));
        });
        return null;
    }

    public String rotate(long id) {
        Pages.step(null, () -> {
            made = keys.rotate(id);
            list = keys.keys();
            return Done.here(Language.text("admin", "apikeys.rotated", made.view().name()));
        });
        return null;
    }

    public String when(java.time.Instant instant) {
        return instant == null ? Language.text("admin", "apikeys.never") : Pages.when(instant);
    }

    /** A parent organisation: the key is then that organisation's HR system's service account. */
    private String organisation;

    @Inject
    private uk.safeguardcases.application.board.BoardService board;

    private static Long parse(String id) {
        try {
            return Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            throw new uk.safeguardcases.application.tenancy.NotFoundException("No such organisation.");
        }
    }

    public List<uk.safeguardcases.application.board.OrganisationView> getOrganisations() {
        return board.organisations();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<ApiKeyView> getList() {
        return list;
    }

    public NewApiKey getMade() {
        return made;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
