package uk.safeguardcases.web.official;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.official.AccountRegister;
import uk.safeguardcases.application.official.CaseOfficialAccounts;
import uk.safeguardcases.application.official.OfficialAccountChoice;
import uk.safeguardcases.application.official.OfficialAccountView;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * On the case page: the official account an investigation is about (CHSCB authorised use 3.3, 4, 5), with its
 * accredited users, and the officer's choice of it.
 */
@Named
@ViewScoped
public class CaseOfficialAccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseOfficialAccounts caseAccounts;

    @Inject
    private AccountRegister register;

    private String ref;
    private transient OfficialAccountView shown;
    private transient boolean read;
    private transient List<OfficialAccountChoice> all;
    private Long chosen;

    /** The case's account, read once per view. */
    public OfficialAccountView of(String reference) {
        if (!read || !reference.equals(ref)) {
            ref = reference;
            shown = caseAccounts.accountOfCase(reference).orElse(null);
            chosen = shown == null ? null : shown.id();
            read = true;
        }
        return shown;
    }

    public void save(String reference) {
        Pages.step("officialAccount", Language.text("officer", "official.caseLinked"),
                "/officer/case.xhtml?ref=" + reference, () -> caseAccounts.linkCase(reference, chosen));
    }

    public List<OfficialAccountChoice> getAccounts() {
        if (all == null) {
            all = register.choices();
        }
        return all;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
