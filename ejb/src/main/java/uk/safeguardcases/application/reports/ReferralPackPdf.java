package uk.safeguardcases.application.reports;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.investigation.ReferralService;

/**
 * The referral pack as a PDF, on demand: for the HR partner it was sent to (their own organisation's
 * referrals only) and for the board's officers and seniors. When the process sends the referral, the pack
 * is generated and its SHA-256 is recorded in the timeline, so the copy that went out can be recognised.
 */
@Stateless
public class ReferralPackPdf {

    /** What the timeline calls the sending of the pack. */
    public static final String SENT = "Referral pack sent";

    @Inject
    private ReferralService referrals;

    @Inject
    private TimelineService timeline;

    /** A PDF and its SHA-256 (lower-case hex). */
    public record Rendered(byte[] content, String sha256) {
    }

    /** The pack of a referral to the HR partner's own organisation; any other is "not found". */
    public byte[] forHr(String reference) {
        return ReferralPackDocument.render(referrals.packFor(reference));
    }

    /** The same pack for the board's officers and seniors; "not found" until the case is referred. */
    public byte[] forBoard(String reference) {
        return ReferralPackDocument.render(referrals.packForBoard(reference));
    }

    /**
     * Generates the pack as the process sends it and records "Referral pack sent" with its SHA-256. Called by
     * the process's own step ({@code InvestigationSteps.sendReferral}) once, when the referral is made.
     */
    public Rendered recordSending(long caseId) {
        byte[] pdf = ReferralPackDocument.render(referrals.packAsSent(caseId));
        String sha256 = PdfSheets.sha256(pdf);
        timeline.record(caseId, SENT, "Referral pack PDF sent to the HR partner; SHA-256 " + sha256);
        return new Rendered(pdf, sha256);
    }
}
