package uk.safeguardcases.conformance;

import uk.safeguardcases.domain.audit.Reading;
import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The conformance process's own kinds: what its timeline entries, reads and e-mails are. */
public final class ConformanceKinds {

    private ConformanceKinds() {
    }

    /** Its timeline entries (words {@code ConformanceAction.<NAME>} in its bundle). */
    public enum ConformanceAction implements TimelineAction {
        CHECK_RAISED("Conformance check raised"),
        CHECK_CONFIRMED("Conformance check confirmed"),
        CHECK_REMOVED("Conformance check removed"),
        CHECK_NOTED_AT_TRIAGE("Conformance check noted at triage");

        private final String label;

        ConformanceAction(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Visibility visibility() {
            return Visibility.BOARD_ONLY;
        }
    }

    /** What it lets people read (words {@code ConformanceReading.<NAME>}). */
    public enum ConformanceReading implements Reading {
        CONFORMANCE_CHECK_VIEWED("Conformance check viewed");

        private final String label;

        ConformanceReading(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Its e-mail: the officer who raised a check is told it was confirmed. */
    public enum ConformanceNotice implements NoticeKind {
        CONFORMANCE_CHECK_CONFIRMED;

        @Override
        public Notice.Audience audience() {
            return Notice.Audience.OFFICER;
        }
    }
}
