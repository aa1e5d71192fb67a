package uk.safeguardcases.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.domain.access.SubjectAccessNotice;

/** Registers the subject access requests' e-mails, which {@link SubjectAccessMail} writes. */
@ApplicationScoped
public class SubjectAccessNotices implements NoticeKinds {

    @Override
    public List<SubjectAccessNotice> kinds() {
        return List.of(SubjectAccessNotice.values());
    }
}
