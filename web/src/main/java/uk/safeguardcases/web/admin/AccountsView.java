package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.administration.AccountAdministration;
import uk.safeguardcases.application.administration.AccountStatus;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * admin/accounts.xhtml: the board's doors. Which roles must use a second factor; every account with whether it is
 * locked, has a second factor or must choose a new password; and what the administrator can do about each (unlock,
 * require a new password by e-mailed link, remove a lost second factor).
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    private List<AccountStatus> accounts;
    private String[] secondFactorRoles = new String[0];

    public void load() {
        accounts = administration.accounts();
        secondFactorRoles = administration.secondFactorRoles().stream().map(Role::roleName).toArray(String[]::new);
    }

    public void saveSecondFactorRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : secondFactorRoles == null ? new String[0] : secondFactorRoles) {
            roles.add(Role.fromRoleName(name));
        }
        Pages.step(null, () -> {
            administration.requireSecondFactorFor(roles);
            return Done.here(Language.text("accounts", "secondFactor.saved"));
        });
        load();
    }

    public void unlock(AccountStatus account) {
        act(() -> administration.unlock(account.personId()), "unlocked", account);
    }

    public void requireNewPassword(AccountStatus account) {
        act(() -> administration.requireNewPassword(account.personId()), "newPasswordRequired", account);
    }

    public void removeSecondFactor(AccountStatus account) {
        act(() -> administration.removeSecondFactor(account.personId()), "secondFactorRemoved", account);
    }

    private void act(Runnable action, String done, AccountStatus account) {
        Pages.stepOnListed(() -> {
            action.run();
            return Done.here(Language.text("accounts", "done." + done, account.username()));
        });
        load();
    }

    /** The roles a board can require a second factor of (people's roles, not machines'). */
    public List<Role> getRoleChoices() {
        return EnumSet.allOf(Role.class).stream().filter(Role::forPeople).toList();
    }

    public String when(java.time.Instant instant) {
        return instant == null ? "" : Pages.when(instant);
    }

    public List<AccountStatus> getAccounts() {
        return accounts;
    }

    public List<AccountStatus> getLocked() {
        return accounts == null ? List.of() : accounts.stream().filter(AccountStatus::locked).toList();
    }

    /** An array, not a list: Faces fills a select-many's list by making one of the bound type, which an unmodifiable list cannot. */
    public String[] getSecondFactorRoles() {
        return secondFactorRoles;
    }

    public void setSecondFactorRoles(String[] secondFactorRoles) {
        this.secondFactorRoles = secondFactorRoles;
    }
}
