package uk.safeguardcases.application.investigation;

import uk.safeguardcases.domain.cases.Redaction;

import uk.safeguardcases.domain.deadline.DeadlineState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.referral.ReferralStatus;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Everything the referral pack holds (CHSCB 6.2), assembled in one place for the HR partner's page, the HR API
 * and the pack's PDF, and nothing HR may not see. The timeline holds only the entries shared with HR (see
 * {@code Visibility} for which, action by action): never the safeguarding screen (triage notes, referrals to the
 * police, IWF, CEOP or LADO and their references, a missed LADO timescale), the senior's authorisation, the
 * monitoring tool's suggested clause or a note the officer marked internal. Never the evidence files: illegal
 * imagery is never stored, and the rest stays with the board; the pack carries each item's address, capture time
 * and SHA-256 so it can be matched.
 */
public record ReferralPack(Referred referral, Decision decision, List<AllegationView> allegations,
        List<EvidenceItem> evidence, List<RequestItem> requests, List<TimelineLine> exchanges, Contact contact,
        HrSide hr, List<TimelineLine> timeline, int redacted,
        PolicyStatement declaration, InWelsh welsh, List<Section> sections)
        implements Serializable {

    /**
     * The pack a senior manager reads before approving the referral: what will be sent, without the facts only the
     * approval makes (when it is sent, who approved it, when HR must acknowledge it), so it never reads "Sent" or
     * "Approved by" before anyone approved it.
     */
    public ReferralPack awaitingApproval() {
        Referred r = referral;
        Referred unsent = new Referred(r.reference(), r.subjectName(), r.organisationName(), r.boardName(), r.kind(),
                r.concernSummary(), r.source(), r.raisedAt(), null, null, null, null, null, null, r.caseStep());
        Decision d = decision;
        return new ReferralPack(unsent, new Decision(d.outcome(), d.reasons(), d.decidedBy(), null, ""), allegations,
                evidence, requests, exchanges, contact, hr, timeline, redacted, declaration, welsh, sections);
    }

    /** Whether a senior manager has approved the referral this pack is for. */
    public boolean approved() {
        return decision.approvedBy() != null && !decision.approvedBy().isBlank();
    }

    /**
     * The pack with third parties' details kept out ({@link Redaction}, as the officer marked them on the case): the
     * concern, the decision, the allegations' particulars, the evidence, the member's answers and the timeline's
     * words; {@code redacted} says how many passages went.
     */
    public ReferralPack redacted(Redaction redaction) {
        Referred r = referral;
        Referred referred = new Referred(r.reference(), r.subjectName(), r.organisationName(), r.boardName(), r.kind(),
                redaction.apply(r.concernSummary()), r.source(), r.raisedAt(), r.sentAt(), r.approvedBy(),
                r.acknowledgementDue(), r.acknowledgement(), r.remindedAt(), r.escalatedAt(), r.caseStep());
        Decision d = decision;
        Decision decided = new Decision(d.outcome(), redaction.apply(d.reasons()), d.decidedBy(), d.approvedBy(),
                redaction.apply(d.approvalNote()));
        List<AllegationView> alleged = allegations.stream().map(a -> new AllegationView(a.id(), a.clauseReference(),
                a.clauseText(), a.category(), a.severity(), a.possibleOffence(), redaction.apply(a.particulars()),
                a.recordedBy(), a.clauseWords(), a.clauseWordsLang())).toList();
        List<EvidenceItem> items = evidence.stream().map(e -> new EvidenceItem(e.number(), redaction.apply(e.url()),
                e.platform(), e.captureMethod(), e.captureForm(), e.capturedAt(), e.capturedBy(), e.sha256(),
                redaction.apply(e.capturedText()), redaction.apply(e.fileName()), e.detailsWithheld())).toList();
        List<RequestItem> asked = requests.stream().map(q -> new RequestItem(q.kind(), q.sentAt(), q.deadline(),
                q.response(), redaction.apply(q.responseText()), q.respondedAt(), q.decision(), q.nonComplianceAt()))
                .toList();
        java.util.function.Function<TimelineLine, TimelineLine> line = t -> new TimelineLine(t.sequenceNo(),
                t.occurredAt(), t.actor(), t.action(), redaction.apply(t.detail()), t.sharedWithHr());
        List<TimelineLine> exchanged = exchanges.stream().map(line).toList();
        List<TimelineLine> lines = timeline.stream().map(line).toList();
        return new ReferralPack(referred, decided, alleged, items, asked, exchanged, contact, hr, lines,
                redacted + redaction.count(), declaration, welsh, sections.stream().map(section -> new Section(
                        section.heading(), section.facts().stream().map(fact -> new Fact(fact.label(),
                                redaction.apply(fact.value()))).toList())).toList());
    }

    /**
     * What a bilingual board gave in Welsh, for the Welsh half of each of the pack's headings and names (null for
     * a board whose pages are English): a name or a clause's words null when the board gave no Welsh for it.
     *
     * @param clauseWords the Welsh words of each allegation's clause, by the allegation's id
     * @param declaration the policy declaration statement in Welsh, or null
     */
    public record InWelsh(String boardName, String organisationName, java.util.Map<Long, String> clauseWords,
            String declaration) implements Serializable {
    }

    /** A process's own section of the pack ({@link ReferralPackSections}): a heading and its facts, in words. */
    public record Section(String heading, List<Fact> facts) implements Serializable {
    }

    /** One fact of a process's section: its label and its value (null: not given). */
    public record Fact(String label, String value) implements Serializable {
    }

    /** The case and the referral itself. {@code caseStep} is the case's step. */
    public record Referred(String reference, String subjectName, String organisationName, String boardName,
            ReferralKind kind, String concernSummary, CaseSource source, Instant raisedAt, Instant sentAt,
            String approvedBy, Instant acknowledgementDue, DeadlineState acknowledgement, Instant remindedAt,
            Instant escalatedAt, CaseStatus caseStep) implements Serializable {
    }

    /** The board's decision and its reasons, as the officer wrote them and the senior approved them. */
    public record Decision(CaseOutcome outcome, String reasons, String decidedBy, String approvedBy,
            String approvalNote) implements Serializable {
    }

    /**
     * A piece of evidence without its file.
     *
     * @param number the item's number in the case, as the timeline and the case page give it
     * @param captureForm how it was captured (the form of its record), or null when that was not recorded
     * @param capturedText the text captured, if any
     * @param fileName the name of the file the board keeps, or null
     * @param detailsWithheld the item's address, hash and what it is stay with the board (illegal imagery reported
     *        to the IWF / CEOP): only when, by whom and how it was captured are shown
     */
    public record EvidenceItem(int number, String url, Platform platform, CaptureMethod captureMethod,
            CaptureForm captureForm, Instant capturedAt, String capturedBy, String sha256, String capturedText,
            String fileName, boolean detailsWithheld) implements Serializable {
    }

    /**
     * A content-removal or co-operation request and what became of it.
     *
     * @param decision the board's decision on a contest or a request for more time: UPHELD, REJECTED,
     *        MORE_TIME_GIVEN or MORE_TIME_REFUSED, or null
     */
    public record RequestItem(RequestKind kind, Instant sentAt, Instant deadline, MemberResponse response,
            String responseText, Instant respondedAt, String decision, Instant nonComplianceAt)
            implements Serializable {

        /** The answer to a co-operation request told apart: the interview ticked, and the member's own words. */
        public uk.safeguardcases.domain.requests.CooperationAccount account() {
            return uk.safeguardcases.domain.requests.CooperationAccount.of(kind == RequestKind.COOPERATION
                    ? responseText : null);
        }
    }

    /** Whom at the board the HR partner can contact about the referral. */
    public record Contact(String boardName, String name, String email) implements Serializable {
    }

    /** What the HR partner has recorded so far. */
    public record HrSide(ReferralStatus status, Instant acknowledgedAt, String acknowledgedBy, HrOutcome outcome,
            LocalDate outcomeDecidedOn, String outcomeNote, String outcomeRecordedBy, Instant outcomeRecordedAt,
            boolean appealed, LocalDate appealLodgedOn, String appealGrounds, AppealOutcome appealOutcome,
            LocalDate appealDecidedOn, String appealResult) implements Serializable {
    }
}
