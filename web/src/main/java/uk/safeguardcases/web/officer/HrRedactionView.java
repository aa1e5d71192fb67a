package uk.safeguardcases.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The case page's "kept from HR" panel: the third parties' details (one per line) the referral pack leaves out
 * wherever it shows them, until the pack is sent.
 */
@Named
@ViewScoped
public class HrRedactionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    private String ref;
    private String terms;

    public void save() {
        Pages.step("redactions", Language.text("officer", "case.redaction.saved"), CaseView.casePath(ref),
                () -> referrals.redactForHr(ref, terms));
    }

    public String getTerms() {
        if (terms == null && ref != null) {
            try {
                terms = referrals.redactionsFor(ref);
            } catch (NotFoundException e) {
                terms = "";
            }
        }
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
