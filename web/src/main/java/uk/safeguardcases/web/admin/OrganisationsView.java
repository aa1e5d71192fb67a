package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.administration.AdminOrganisation;
import uk.safeguardcases.application.administration.OrganisationAdministration;
import uk.safeguardcases.application.administration.OrganisationRemoval;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** admin/organisations.xhtml: the board's parent organisations; {@code ?edit=id} opens one to change. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final String FORM = "organisation";
    private static final String SELF = "/admin/organisations.xhtml";

    @Inject
    private OrganisationAdministration organisations;

    private Long edit;
    private AdminOrganisation editing;
    private List<AdminOrganisation> list;
    private String name;
    private OrganisationKind kind;
    private String hrEmail;
    private String nameCy;

    public void load() {
        list = organisations.organisations();
        if (edit == null) {
            return;
        }
        Pages.load(() -> {
            editing = organisations.organisation(edit);
            name = editing.name();
            kind = editing.kind();
            hrEmail = editing.hrEmail();
            nameCy = editing.nameCy();
        });
    }

    public String save() {
        Pages.step(FORM, () -> {
            if (editing == null) {
                AdminOrganisation added = organisations.add(name, kind, hrEmail, nameCy);
                return Done.then(SELF, Language.text("admin", "organisations.added", added.name()));
            }
            AdminOrganisation saved = organisations.change(editing.id(), name, kind, hrEmail, nameCy);
            return Done.then(SELF, Language.text("admin", "organisations.changed", saved.name()));
        });
        return null;
    }

    public String remove() {
        Pages.step(FORM, () -> {
            OrganisationRemoval removal = organisations.remove(editing.id());
            return Done.then(SELF, Language.text("admin", removal == OrganisationRemoval.DELETED
                    ? "organisations.deleted" : "organisations.deactivated", editing.name()));
        });
        return null;
    }

    public String reactivate() {
        Pages.step(FORM, Language.text("admin", "organisations.reactivated", editing.name()), SELF,
                () -> organisations.reactivate(editing.id()));
        return null;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<AdminOrganisation> getList() {
        return list;
    }

    public AdminOrganisation getEditing() {
        return editing;
    }

    public Long getEdit() {
        return edit;
    }

    public void setEdit(Long edit) {
        this.edit = edit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getHrEmail() {
        return hrEmail;
    }

    public void setHrEmail(String hrEmail) {
        this.hrEmail = hrEmail;
    }

    public String getNameCy() {
        return nameCy;
    }

    public void setNameCy(String nameCy) {
        this.nameCy = nameCy;
    }
}
