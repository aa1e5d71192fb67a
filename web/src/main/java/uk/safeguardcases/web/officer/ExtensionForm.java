package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.web.shell.Language;

/** The officer's decision on the member's request for more time to remove the content. */
@Dependent
public class ExtensionForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    /** As typed, so that "a week" is answered in the page's words rather than a converter's. */
    private String extraWorkingDays;
    private String reason;

    public void grant() {
        decide(true);
    }

    public void refuse() {
        decide(false);
    }

    private void decide(boolean grant) {
        send("extension", grant ? "case.done.extensionGiven" : "case.done.extensionRefused",
                () -> requests.decideExtension(ref(), grant, grant ? days() : 0, reason));
    }

    private int days() {
        try {
            return Integer.parseInt(extraWorkingDays == null ? "" : extraWorkingDays.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Map.of("extraWorkingDays",
                    Language.text("officer", "case.error.wholeNumber")));
        }
    }

    public String getExtraWorkingDays() {
        return extraWorkingDays;
    }

    public void setExtraWorkingDays(String extraWorkingDays) {
        this.extraWorkingDays = extraWorkingDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
