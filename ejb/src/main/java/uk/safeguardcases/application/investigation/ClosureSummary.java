package uk.safeguardcases.application.investigation;

import jakarta.inject.Inject;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.domain.referral.ReferralRepository;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The summary a case is closed with (DESIGN.md step 10): how it ended and what happened on the way, in a few
 * lines for the board's file: the allegations' clauses, referrals to outside agencies, the member's answers
 * to the requests, the outcome and the disciplinary outcome. Requests and referrals are only looked for when
 * the case went far enough to have them.
 */
@Stateless
public class ClosureSummary {

    @Inject
    private ReferralRepository referrals;

    private static final int MAX = 4000;

    @Inject
    private ClosureSummaryReadModel records;

    public String of(SafeguardingCase safeguardingCase, ClosureReason reason) {
        long caseId = safeguardingCase.id();
        List<String> lines = new ArrayList<>();
        lines.add(reason.label() + ".");
        lines.add("Concern raised " + PlainFormat.dayInFull(Locale.ENGLISH,
                safeguardingCase.raisedAt().atZone(WorkingCalendar.UK).toLocalDate()) + " ("
                + safeguardingCase.source().label().toLowerCase(Locale.UK) + ").");
        // With the case's board said (plain SQL, read as most closures read it: ClosureSummaryReadModel).
        String board = safeguardingCase.tenantId();
        List<String> clauses = records.clausesAlleged(board, caseId);
        lines.add(clauses.isEmpty() ? "No allegation was recorded against a clause."
                : "Allegations under " + String.join(", ", clauses) + ".");
        List<String> agencies = records.agenciesReferredTo(board, caseId);
        if (!agencies.isEmpty()) {
            lines.add("Referred to " + String.join(", ", agencies.stream().map(Agency::valueOf).map(Agency::name)
                    .toList()) + ".");
        }
        if (safeguardingCase.triage().authorisedBy() != null) {
            records.currentRequests(caseId).forEach(request -> lines.add(requestLine(request)));
        }
        if (safeguardingCase.decision().outcome() != null) {
            lines.add("Outcome: " + safeguardingCase.decision().outcome().label().toLowerCase(Locale.UK) + ".");
        }
        if (safeguardingCase.decision().outcome() != null && safeguardingCase.decision().outcome().isReferral()) {
            referrals.ofCase(caseId)
                    .filter(referral -> referral.hrOutcome() != null)
                    .ifPresent(referral -> lines.add("Disciplinary outcome at "
                            + safeguardingCase.organisation().name() + ": "
                            + referral.hrOutcome().label().toLowerCase(Locale.UK) + "."));
        }
        String summary = String.join(" ", lines);
        return summary.length() <= MAX ? summary : summary.substring(0, MAX - 1) + "…";
    }

    private static String requestLine(MemberRequest request) {
        String what = request.kind() == RequestKind.REMOVAL ? "Removal request" : "Co-operation request";
        if (request.response() != null) {
            return what + ": " + request.response().label().toLowerCase(Locale.UK)
                    + (request.supervisedAccess() ? "; supervised access to the member's account took place" : "")
                    + ".";
        }
        if (request.nonComplianceAt() != null) {
            return what + (request.kind() == RequestKind.REMOVAL ? ": not complied with by the deadline."
                    : ": no statement or interview by the deadline.");
        }
        return what + ": no answer.";
    }
}
