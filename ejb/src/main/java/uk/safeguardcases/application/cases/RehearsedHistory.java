package uk.safeguardcases.application.cases;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;

/**
 * A case's history added to the concern {@link ConcernRehearsal} raises for the warm-up's case page, as an officer
 * adds it, in the rehearsal's transaction and rolled back with it: an allegation under the board's first clause in
 * force, evidence items on every platform (some shown to the member, some not) and notes (some shared with the HR
 * partner, some internal). Nothing of it leaves the transaction: the evidence's request for a trusted timestamp is
 * made only once evidence is committed.
 */
@Stateless
public class RehearsedHistory {

    /** Evidence items added to the rehearsed concern. */
    static final int EVIDENCE_ITEMS = 10;

    /** Notes added to its timeline. */
    static final int NOTES = 25;

    @Inject
    private Clock clock;

    @Inject
    private BoardService board;

    @Inject
    private AllegationService allegations;

    @Inject
    private EvidenceService evidence;

    @Inject
    private TimelineService timeline;

    /** Adds the history to {@code raised}, as the caller on the thread (an officer of its board). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void add(CaseSummary raised) {
        String reference = raised.reference();
        board.clauses().stream().findFirst().ifPresent(clause -> allegations.allege(reference, clause.id(),
                AllegationCategory.values()[0], Severity.values()[0], null,
                "Warm-up – a rehearsed allegation, rolled back: “not an allegation”."));
        Instant first = Instant.now(clock).minus(EVIDENCE_ITEMS + 1, ChronoUnit.MINUTES);
        Platform[] platforms = Platform.values();
        for (int i = 0; i < EVIDENCE_ITEMS; i++) {
            evidence.capture(reference, EvidenceInput.text("https://www.example.org/warm-up/" + i,
                    platforms[i % platforms.length], "Warm-up – rehearsed post " + i + ": Ŵyn’s £5 🙂, not evidence.",
                    first.plus(i, ChronoUnit.MINUTES), CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED,
                    true).withShownToMember(i % 2 == 0));
        }
        for (int i = 0; i < NOTES; i++) {
            timeline.recordNote(raised.id(), AuditAction.EVIDENCE_GATHERED, "Warm-up – rehearsed note " + i
                    + ": rolled back, not a note.", i % 3 == 0);
        }
    }
}
