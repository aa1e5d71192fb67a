package uk.safeguardcases.application.reports;

import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.ReferralPack;

/**
 * The documents the product prints (the port; the PDF library is behind it, in {@code infrastructure/pdf}). Every
 * page is marked OFFICIAL-SENSITIVE with the reference and its page number.
 */
public interface Documents {

    /** What a document printed "as it is now" says on every page: it is not the pack that was sent. */
    String CURRENT_LABEL = "CURRENT VERSION: NOT THE PACK SENT";

    /**
     * The board's own case report: everything on the case, what HR does not see marked; in Welsh and English when
     * {@code welsh} (the board's own names and clauses in Welsh) is given, for a bilingual board.
     */
    byte[] caseReport(String boardName, CaseFile file, List<TimelineLine> timeline, Instant printedAt,
            ReferralPack.InWelsh welsh);

    /** The referral pack as it is sent to the HR partner (and kept byte for byte). */
    byte[] referralPack(ReferralPack pack);

    /** The referral pack as it would print now, labelled on every page and naming the sent pack's SHA-256. */
    byte[] referralPackAsItIsNow(ReferralPack pack, Instant printedAt, String sentSha256, Instant sentAt);

    /**
     * The readable half of a subject access request's answer: the disclosure (already redacted, {@code redacted}
     * passages) laid out for the person it is about.
     */
    byte[] subjectAccess(java.util.Map<String, Object> disclosure, String reference, Instant preparedAt, int redacted);

    /** The same, as a draft for the officer to read before the answer is kept: every page says so. */
    byte[] subjectAccessDraft(java.util.Map<String, Object> disclosure, String reference, Instant preparedAt,
            int redacted);
}
