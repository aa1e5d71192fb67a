package uk.safeguardcases.application.dpcomplaint;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.dpcomplaint.ComplaintEntry;
import uk.safeguardcases.domain.dpcomplaint.ComplaintOutcome;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;

/**
 * What the complainant may read of their complaint on the public progress page: when it arrived, when it was
 * acknowledged, the steps whose words were sent to them, and the outcome. Nothing of the board's own notes, nobody's
 * name.
 */
public record ComplaintProgress(String reference, Instant received, Instant acknowledged, List<Step> steps,
        ComplaintOutcome outcome, String outcomeWords, Instant outcomeAt) implements Serializable {

    /** A step the complainant was told of. */
    public record Step(Instant at, String words) implements Serializable {
    }

    static ComplaintProgress of(DataProtectionComplaint complaint) {
        List<Step> shared = complaint.entries().stream()
                .filter(e -> ComplaintEntry.Kind.STEP.name().equals(e.getKind()) && e.isShared())
                .map(e -> new Step(e.getAt(), e.getWords())).toList();
        Instant closedAt = complaint.entries().stream()
                .filter(e -> ComplaintEntry.Kind.OUTCOME.name().equals(e.getKind())).map(ComplaintEntry::getAt)
                .findFirst().orElse(null);
        return new ComplaintProgress(complaint.reference(), complaint.receivedAt(), complaint.acknowledgedAt(),
                List.copyOf(shared), complaint.outcome(), complaint.outcomeWords(), closedAt);
    }
}
