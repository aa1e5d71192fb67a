package uk.safeguardcases.web.official;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.official.BusinessCases;
import uk.safeguardcases.application.official.OfficialAccountRequestDetails;
import uk.safeguardcases.application.official.OfficialAccountRequestView;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** A partner's business case for a new official account (CHSCB authorised use 2.1), and their own earlier ones. */
@Named
@ViewScoped
public class OfficialAccountRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCases businessCases;

    private transient List<OfficialAccountRequestView> mine;

    private Platform platform;
    private String handle;
    private String setUpName;
    private String jobTitle;
    private String biographyRole;
    private String businessCase;

    public void request() {
        Pages.step("request", () -> {
            String reference = businessCases.request(new OfficialAccountRequestDetails(platform, handle, setUpName,
                    jobTitle, biographyRole, businessCase));
            return Done.then(OwnOfficialAccountView.pathOf(reference),
                    Language.text("portal", "official.requested", reference));
        });
    }

    public List<OfficialAccountRequestView> getMine() {
        if (mine == null) {
            mine = businessCases.myRequests();
        }
        return mine;
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getSetUpName() {
        return setUpName;
    }

    public void setSetUpName(String setUpName) {
        this.setUpName = setUpName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getBiographyRole() {
        return biographyRole;
    }

    public void setBiographyRole(String biographyRole) {
        this.biographyRole = biographyRole;
    }

    public String getBusinessCase() {
        return businessCase;
    }

    public void setBusinessCase(String businessCase) {
        this.businessCase = businessCase;
    }
}
