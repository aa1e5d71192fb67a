package uk.safeguardcases.web.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** The board's administrator sets whether a second senior manager checks each case sent to another board. */
@Named
@ViewScoped
public class TransferRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseTransfers transfers;

    private Boolean secondSenior;

    public void save() {
        Pages.step("transferRule", Language.text(TransferPages.BUNDLE, "rule.saved"), "/admin/transfers.xhtml",
                () -> transfers.changeRule(Boolean.TRUE.equals(secondSenior)));
    }

    public boolean isSecondSenior() {
        if (secondSenior == null) {
            secondSenior = transfers.secondSenior();
        }
        return secondSenior;
    }

    public void setSecondSenior(boolean secondSenior) {
        this.secondSenior = secondSenior;
    }
}
