package uk.safeguardcases.application.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.practitioner.PractitionerAction;
import uk.safeguardcases.domain.practitioner.PractitionerNotice;

/** The practitioner concerns' registrations: their timeline actions, their e-mails and their retention. */
public final class PractitionerRegistrations {

    private PractitionerRegistrations() {
    }

    @ApplicationScoped
    public static class Actions implements TimelineActions {
        @Override
        public List<PractitionerAction> actions() {
            return List.of(PractitionerAction.values());
        }
    }

    @ApplicationScoped
    public static class Notices implements NoticeKinds {
        @Override
        public List<PractitionerNotice> kinds() {
            return List.of(PractitionerNotice.values());
        }
    }

    /** A record goes with its case's removal under the board's retention (the case's own rule). */
    @ApplicationScoped
    public static class Retention implements RetentionStep {
        @Inject
        PractitionerConcerns concerns;

        @Override
        public int removeDue(LocalDate today) {
            return concerns.removeOfRemovedCases();
        }
    }
}
