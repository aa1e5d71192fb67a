package uk.safeguardcases.domain.transfer;

import java.util.Arrays;
import java.util.Optional;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.AllegationFinding;

/**
 * What changed, after it was sent, on a case the sending board sent to another board (issue 67): its case reopened, a
 * finding on the allegation recorded (substantiated, unsubstantiated, unfounded, or false or malicious once a second
 * senior manager agreed it), or its record removed at the end of its retention (and, for a false or malicious
 * finding, its cooling-off). Each is told to the receiving board, which marks what it received. Read from the sending
 * board's own timeline: the action that records it there is the change.
 */
public enum SenderChange {
    /** The sending board reopened its case. */
    REOPENED(AuditAction.CASE_REOPENED),
    /** A finding on the allegation: which one travels with it. */
    FOUND(null),
    /** The sending board removed its record: the receiving board removes its copy unless its own legal hold keeps it. */
    REMOVED(AuditAction.CASE_REMOVED);

    private final AuditAction recordedAs;

    SenderChange(AuditAction recordedAs) {
        this.recordedAs = recordedAs;
    }

    /**
     * The change a timeline entry of the sending board records, with the finding it names when it is one ({@code
     * agreed}: the finding the case holds, for the entry that records a second senior manager's agreement).
     */
    public static Optional<Told> of(String actionLabel, AllegationFinding agreed) {
        for (SenderChange change : values()) {
            if (change.recordedAs != null && change.recordedAs.label().equals(actionLabel)) {
                return Optional.of(new Told(change, null));
            }
        }
        if (AuditAction.FINDING_AGREED.label().equals(actionLabel)) {
            return Optional.ofNullable(agreed).map(f -> new Told(FOUND, f));
        }
        return Arrays.stream(AllegationFinding.values()).filter(f -> f.findingAction().label().equals(actionLabel))
                .findFirst().map(f -> new Told(FOUND, f));
    }

    /** Whether a timeline entry with this label may be a change (cheap: read before anything is looked up). */
    public static boolean mayBe(String actionLabel) {
        return AuditAction.CASE_REOPENED.label().equals(actionLabel)
                || AuditAction.CASE_REMOVED.label().equals(actionLabel)
                || AuditAction.FINDING_AGREED.label().equals(actionLabel)
                || Arrays.stream(AllegationFinding.values()).anyMatch(f -> f.findingAction().label().equals(actionLabel));
    }

    /** A change as it is told: its kind and, for {@link #FOUND}, the finding. */
    public record Told(SenderChange change, AllegationFinding finding) {
        public Told {
            if (change == FOUND && finding == null) {
                throw new IllegalArgumentException("A finding is told with the finding");
            }
        }

        /** As the timelines say it: "its case reopened", "the allegation found false", "its record removed". */
        public String inEnglish() {
            return switch (change) {
                case REOPENED -> "its case reopened";
                case FOUND -> "the allegation found " + finding.label().toLowerCase(java.util.Locale.UK);
                case REMOVED -> "its record removed";
            };
        }
    }
}
