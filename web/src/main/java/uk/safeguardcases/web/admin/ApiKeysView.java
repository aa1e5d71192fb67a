package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.api.ApiKeyService;
import uk.safeguardcases.application.api.ApiKeyView;
import uk.safeguardcases.application.api.NewApiKey;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

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
        try {
            made = keys.create(name);
            name = null;
            Pages.info(Language.text("admin", "apikeys.created", made.view().name()));
            list = keys.keys();
        } catch (InvalidInputException e) {
            Pages.fieldErrors(FORM, e.fieldMessages());
        }
        return null;
    }

    public String revoke(long id) {
        try {
            ApiKeyView revoked = keys.revoke(id);
            made = null;
            Pages.info(Language.text("admin", "apikeys.revokedDone", revoked.name(), revoked.keyPrefix()));
            list = keys.keys();
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
        }
        return null;
    }

    public String rotate(long id) {
        try {
            made = keys.rotate(id);
            Pages.info(Language.text("admin", "apikeys.rotated", made.view().name()));
            list = keys.keys();
        } catch (InvalidInputException e) {
            Pages.error(String.join(" ", e.fieldMessages().values()));
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
        }
        return null;
    }

    public String when(java.time.Instant instant) {
        return instant == null ? Language.text("admin", "apikeys.never") : Pages.when(instant);
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
