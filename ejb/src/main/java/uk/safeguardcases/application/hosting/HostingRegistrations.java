package uk.safeguardcases.application.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.domain.hosting.HostingAction;
import uk.safeguardcases.domain.hosting.HostingNotice;

/** The hosting operator's registrations: what it writes on a board's timeline, and its e-mail. */
public final class HostingRegistrations {

    private HostingRegistrations() {
    }

    @ApplicationScoped
    public static class Actions implements TimelineActions {
        @Override
        public List<HostingAction> actions() {
            return List.of(HostingAction.values());
        }
    }

    @ApplicationScoped
    public static class Notices implements NoticeKinds {
        @Override
        public List<HostingNotice> kinds() {
            return List.of(HostingNotice.values());
        }
    }
}
