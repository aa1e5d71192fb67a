package uk.safeguardcases.application.official;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.domain.official.AccreditationNotice;

/** Registers the accreditation's e-mails, which {@link AccreditationMail} writes. */
@ApplicationScoped
public class AccreditationNotices implements NoticeKinds {

    @Override
    public List<AccreditationNotice> kinds() {
        return List.of(AccreditationNotice.values());
    }
}
