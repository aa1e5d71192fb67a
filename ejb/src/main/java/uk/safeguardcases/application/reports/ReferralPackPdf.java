package uk.safeguardcases.application.reports;

import java.time.Clock;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.application.investigation.ReferralSent;
import jakarta.enterprise.event.Observes;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.referral.SentReferralPack;

/**
 * The referral pack as a PDF. When the process sends the referral, the pack is generated once, kept byte for
 * byte and its SHA-256 recorded in the timeline; the HR partner it was sent to (their own organisation's
 * referrals only) and the board's officers and seniors then get exactly that copy, so anyone can check it
 * against the timeline. The board may also print the pack from the case as it is now, labelled as such.
 */
@Stateless
public class ReferralPackPdf {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private ReadAudit reads;

    @Inject
    private Documents documents;

    @Inject
    private OutgoingDocuments outgoing;

    /** What the issued documents call a pack as sent. */
    public static final String ISSUED_AS = "REFERRAL_PACK";

    @Inject
    private ReferralRepository referralRecords;

    /** What the timeline calls the sending of the pack. */
    public static final String SENT = AuditAction.REFERRAL_PACK_SENT.label();

    @Inject
    private ReferralService referrals;

    @Inject
    private TimelineService timeline;

    /**
     * A pack to hand over.
     *
     * @param asSent true for the copy that was sent; false for one printed from the case as it is now (labelled)
     * @param sha256 the SHA-256 of {@code content}, lower-case hex
     */
    public record Pdf(byte[] content, String sha256, Instant sentAt, boolean asSent) {
    }

    /** What is known of the copy that was sent, without its bytes. */
    public record SentCopy(String sha256, Instant sentAt, int sizeBytes) {
    }

    /**
     * The pack sent to the HR partner's own organisation; any other is "not found". A referral sent before packs
     * were kept gets the pack printed from the case as it is now, labelled as not the one sent.
     */
    public Pdf forHr(String reference) {
        long caseId = referrals.caseReferredToMe(reference);
        Pdf pdf = sent(caseId).orElseGet(() -> current(referrals.packFor(reference), null));
        reads.record(ReadKind.REFERRAL_PACK_DOWNLOADED, caseId, reference, null);
        return pdf;
    }

    /** What is known of the pack sent to the HR partner's own organisation, or empty if none was kept. */
    public Optional<SentCopy> sentCopyForHr(String reference) {
        return sentCopy(referrals.caseReferredToMe(reference));
    }

    /** The same copy for the board's officers and seniors; "not found" until the case is referred. */
    public Pdf forBoard(String reference) {
        long caseId = referrals.caseReferredByBoard(reference);
        Pdf pdf = sent(caseId).orElseGet(() -> current(referrals.packForBoard(reference), null));
        reads.record(ReadKind.REFERRAL_PACK_DOWNLOADED, caseId, reference, null);
        return pdf;
    }

    /**
     * The pack as it would be sent if the senior manager approved the referral now, for them to read before they
     * decide: the same document the process sends, made from the case as it is; "not found" unless the case waits
     * for approval on the caller's board, refused to anyone but a senior manager.
     */
    public Pdf previewForApproval(String reference) {
        ReferralPack pack = referrals.packForApproval(reference);
        byte[] pdf = documents.referralPack(pack);
        reads.record(ReadKind.REFERRAL_PACK_PREVIEWED, reference, null);
        return new Pdf(pdf, ContentHash.sha256Hex(pdf), null, false);
    }

    /** The pack printed from the case as it is now, for the board, labelled on every page as not the one sent. */
    public Pdf currentForBoard(String reference) {
        long caseId = referrals.caseReferredByBoard(reference);
        Pdf pdf = current(referrals.packForBoard(reference), sentCopy(caseId).orElse(null));
        reads.record(ReadKind.REFERRAL_PACK_DOWNLOADED, caseId, reference, null);
        return pdf;
    }

    /**
     * Generates the pack as the process sends it, keeps it and records "Referral pack sent" with its SHA-256.
     * Called by the process's own step ({@code InvestigationSteps.sendReferral}) once, when the referral is made;
     * a second call hands back the pack already kept.
     */
    /** Keeps the pack of a referral just sent (the process's own step fires the event once; a second does nothing new). */
    public void keepWhatWasSent(@Observes ReferralSent sent) {
        recordSending(sent.caseId());
    }

    public Pdf recordSending(long caseId) {
        ReferralPack pack = referrals.packAsSent(caseId);
        Optional<Pdf> kept = sent(caseId);
        if (kept.isPresent()) {
            return kept.get();
        }
        Referral referral = referralRecords.ofCase(caseId).orElseThrow();
        byte[] pdf = outgoing.issue(ISSUED_AS, pack.referral().reference(), documents.referralPack(pack));
        SentReferralPack sent = SentReferralPack.of(caseId, referral.id(), pdf, referral.sentAt());
        referralRecords.add(sent);
        timeline.record(caseId, AuditAction.REFERRAL_PACK_SENT, "Referral pack PDF sent to the HR partner; SHA-256 "
                + sent.sha256() + (pack.redacted() == 0 ? "" : "; "
                + PlainFormat.count(pack.redacted(), "passage", "passages") + " of third parties' details redacted"));
        return new Pdf(pdf, sent.sha256(), sent.sentAt(), true);
    }

    private Optional<Pdf> sent(long caseId) {
        return referralRecords.sentPack(caseId)
                .map(p -> new Pdf(p.content(), p.sha256(), p.sentAt(), true));
    }

    private Optional<SentCopy> sentCopy(long caseId) {
        return referralRecords.sentPackCopy(caseId)
                .map(copy -> new SentCopy(copy.sha256(), copy.sentAt(), copy.sizeBytes()));
    }

    private Pdf current(ReferralPack pack, SentCopy sent) {
        byte[] pdf = documents.referralPackAsItIsNow(pack, Instant.now(clock), sent == null ? null : sent.sha256(),
                pack.referral().sentAt());
        return new Pdf(pdf, ContentHash.sha256Hex(pdf), pack.referral().sentAt(), false);
    }
}
