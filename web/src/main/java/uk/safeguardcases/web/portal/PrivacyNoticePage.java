package uk.safeguardcases.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguardcases.application.administration.PrivacyNoticeView;
import uk.safeguardcases.application.administration.PrivacyNotices;

/** portal/privacy.xhtml: how the member's board uses their data, in the page's language. */
@Named("privacyPage")
@RequestScoped
public class PrivacyNoticePage {

    @Inject
    private PrivacyNotices notices;

    private PrivacyNoticeView notice;

    public PrivacyNoticeView getNotice() {
        if (notice == null) {
            notice = notices.notice();
        }
        return notice;
    }
}
