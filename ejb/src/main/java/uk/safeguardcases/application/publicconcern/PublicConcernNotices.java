package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.domain.publicconcern.PublicConcernNotice;

/** The one e-mail a reporter may get, registered so the outbox reads it back as its kind. */
@ApplicationScoped
public class PublicConcernNotices implements NoticeKinds {

    @Override
    public List<PublicConcernNotice> kinds() {
        return List.of(PublicConcernNotice.values());
    }
}
