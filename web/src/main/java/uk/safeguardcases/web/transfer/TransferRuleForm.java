package uk.safeguardcases.web.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's administrator sets whether a second senior manager checks each case sent to another board, and whether
 * the member is told once it has gone.
 */
@Named
@ViewScoped
public class TransferRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseTransfers transfers;

    private Boolean secondSenior;
    private Boolean tellMember;

    public void save() {
        Pages.step("transferRule", Language.text(TransferPages.BUNDLE, "rule.saved"), "/admin/transfers.xhtml",
                () -> transfers.changeRule(Boolean.TRUE.equals(secondSenior), Boolean.TRUE.equals(tellMember)));
    }

    public boolean isTellMember() {
        if (tellMember == null) {
            tellMember = transfers.tellMember();
        }
        return tellMember;
    }

    public void setTellMember(boolean tellMember) {
        this.tellMember = tellMember;
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
