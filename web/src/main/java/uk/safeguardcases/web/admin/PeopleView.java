package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.AdminOrganisation;
import uk.safeguardcases.application.administration.AdminPerson;
import uk.safeguardcases.application.administration.OrganisationAdministration;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** admin/people.xhtml: who signs in to the board, with which roles; {@code ?edit=id} opens one person. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final String FORM = "person";
    private static final String SELF = "people?faces-redirect=true";

    @Inject
    private PeopleAdministration people;

    @Inject
    private OrganisationAdministration organisations;

    private Long edit;
    private AdminPerson editing;
    private List<AdminPerson> list;
    private List<AdminOrganisation> organisationChoices;
    private String username;
    private String displayName;
    private String email;
    /** Security role names ("officer"): a plain String array needs no converter. */
    private String[] roles = new String[0];
    private Long organisationId;
    private String password;

    public void load() {
        list = people.people();
        if (edit != null) {
            try {
                editing = people.person(edit);
                username = editing.username();
                displayName = editing.displayName();
                email = editing.email();
                roles = editing.roles().stream().map(Role::roleName).toArray(String[]::new);
                organisationId = editing.organisationId();
            } catch (NotFoundException e) {
                Pages.notFound(e.getMessage());
                return;
            }
        }
        Long current = organisationId;
        organisationChoices = organisations.organisations().stream()
                .filter(o -> o.active() || o.id().equals(current)).toList();
    }

    public String save() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        Arrays.stream(roles == null ? new String[0] : roles).map(Role::fromRoleName).forEach(chosen::add);
        try {
            if (editing == null) {
                char[] initial = password == null ? new char[0] : password.toCharArray();
                AdminPerson added = people.add(username, displayName, email, chosen, organisationId, initial);
                Arrays.fill(initial, '\0');
                Pages.info(Language.text("admin", "people.added", added.username()));
            } else {
                AdminPerson saved = people.change(editing.id(), displayName, email, chosen, organisationId);
                Pages.info(Language.text("admin", "people.changed", saved.username()));
            }
            password = null;
            return SELF;
        } catch (InvalidInputException e) {
            password = null;
            Pages.fieldErrors(FORM, e.fieldMessages());
            return null;
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
            return null;
        }
    }

    public String deactivate() {
        try {
            people.deactivate(editing.id());
            Pages.info(Language.text("admin", "people.deactivated", editing.username()));
            return SELF;
        } catch (InvalidInputException e) {
            Pages.fieldErrors(FORM, e.fieldMessages());
            return null;
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
            return null;
        }
    }

    public String reactivate() {
        try {
            people.reactivate(editing.id());
            Pages.info(Language.text("admin", "people.reactivated", editing.username()));
            return SELF;
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
            return null;
        }
    }

    /** Whether the person open is the administrator themselves (who cannot deactivate or demote themselves). */
    public boolean isSelf() {
        return editing != null && editing.username().equals(CallerContext.current().username());
    }

    public Role[] getRoleChoices() {
        return java.util.Arrays.stream(Role.values()).filter(Role::forPeople).toArray(Role[]::new);
    }

    public List<AdminOrganisation> getOrganisationChoices() {
        return organisationChoices;
    }

    public List<AdminPerson> getList() {
        return list;
    }

    public AdminPerson getEditing() {
        return editing;
    }

    public Long getEdit() {
        return edit;
    }

    public void setEdit(Long edit) {
        this.edit = edit;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String[] getRoles() {
        return roles;
    }

    public void setRoles(String[] roles) {
        this.roles = roles;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
