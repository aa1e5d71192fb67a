package uk.safeguardcases.web.lowlevel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.lowlevel.LowLevelPolicies;
import uk.safeguardcases.application.lowlevel.PolicyView;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** The board's rule for low-level concerns, on the administration pages. */
@Named
@ViewScoped
public class LowLevelPolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LowLevelPolicies policies;

    private Integer threshold;
    private Integer windowMonths;
    private Integer keepYears;

    public void load() {
        if (threshold == null) {
            PolicyView policy = policies.policy();
            threshold = policy.threshold();
            windowMonths = policy.windowMonths();
            keepYears = policy.keepYears();
        }
    }

    public void save() {
        Pages.step("policy", Language.text(LowLevelWordsBundle.NAME, "policy.done"), "/admin/low-level.xhtml",
                () -> policies.changePolicy(threshold, windowMonths, keepYears));
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public Integer getWindowMonths() {
        return windowMonths;
    }

    public void setWindowMonths(Integer windowMonths) {
        this.windowMonths = windowMonths;
    }

    public Integer getKeepYears() {
        return keepYears;
    }

    public void setKeepYears(Integer keepYears) {
        this.keepYears = keepYears;
    }
}
