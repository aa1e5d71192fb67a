package uk.safeguardcases.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguardcases.application.administration.DataProtectionOfficer;
import uk.safeguardcases.application.administration.PrivacyNoticeView;
import uk.safeguardcases.application.administration.PrivacyNotices;

/**
 * portal/privacy.xhtml: how the member's board uses their data, in the page's language, with the board's data protection
 * officer as a direct contact and the right to complain to the ICO.
 */
@Named("privacyPage")
@RequestScoped
public class PrivacyNoticePage {

    @Inject
    private PrivacyNotices notices;

    private PrivacyNoticeView notice;
    private DataProtectionOfficer dataProtectionOfficer;

    public PrivacyNoticeView getNotice() {
        if (notice == null) {
            notice = notices.notice();
        }
        return notice;
    }

    /** The direct contact for questions and complaints about personal data, shown under the notice. */
    public DataProtectionOfficer getDataProtectionOfficer() {
        if (dataProtectionOfficer == null) {
            dataProtectionOfficer = notices.dataProtectionOfficer();
        }
        return dataProtectionOfficer;
    }
}
