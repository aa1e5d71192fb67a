package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.administration.AdminOrganisation;
import uk.safeguardcases.application.administration.AdminPerson;
import uk.safeguardcases.application.administration.OrganisationAdministration;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** admin/people.xhtml: who signs in to the board, with which roles; {@code ?edit=id} opens one person. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final String FORM = "person";
    private static final String SELF = "/admin/people.xhtml";

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
        if (edit != null && !Pages.load(() -> {
            editing = people.person(edit);
            username = editing.username();
            displayName = editing.displayName();
            email = editing.email();
            roles = editing.roles().stream().map(Role::roleName).toArray(String[]::new);
            organisationId = editing.organisationId();
        })) {
            return;
        }
        Long current = organisationId;
        organisationChoices = organisations.organisations().stream()
                .filter(o -> o.active() || o.id().equals(current)).toList();
    }

    public String save() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        Arrays.stream(roles == null ? new String[0] : roles).map(Role::fromRoleName).forEach(chosen::add);
        Pages.step(FORM, () -> {
            if (editing == null) {
                char[] initial = password == null ? new char[0] : password.toCharArray();
                AdminPerson added = people.add(username, displayName, email, chosen, organisationId, initial);
                Arrays.fill(initial, '\0');
                return Done.then(SELF, Language.text("admin", "people.added", added.username()));
            }
            AdminPerson saved = people.change(editing.id(), displayName, email, chosen, organisationId);
            return Done.then(SELF, Language.text("admin", "people.changed", saved.username()));
        });
        // An initial password is never shown again, whether the person was added or not.
        password = null;
        return null;
    }

    public String deactivate() {
        Pages.step(FORM, Language.text("admin", "people.deactivated", editing.username()), SELF,
                () -> people.deactivate(editing.id()));
        return null;
    }

    public String reactivate() {
        Pages.step(FORM, Language.text("admin", "people.reactivated", editing.username()), SELF,
                () -> people.reactivate(editing.id()));
        return null;
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
