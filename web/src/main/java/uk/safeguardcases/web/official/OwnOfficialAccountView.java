package uk.safeguardcases.web.official;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.official.BusinessCases;
import uk.safeguardcases.application.official.OfficialAccountRequestView;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** The requester's own business case: where it stands, and their answer when the board consults them (2.2). */
@Named
@ViewScoped
public class OwnOfficialAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCases businessCases;

    private String ref;
    private OfficialAccountRequestView detail;
    private String answer;

    static String pathOf(String reference) {
        return "/portal/official-account.xhtml?ref=" + reference;
    }

    public void load() {
        Pages.load(() -> detail = businessCases.request(ref));
    }

    public void answerConsultation() {
        Pages.step("consultation", Language.text("portal", "official.answered"), pathOf(ref),
                () -> businessCases.answerConsultation(ref, answer));
    }

    public OfficialAccountRequestView getDetail() {
        return detail;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
