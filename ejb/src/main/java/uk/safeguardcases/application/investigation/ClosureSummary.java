package uk.safeguardcases.application.investigation;

import jakarta.inject.Inject;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.domain.referral.ReferralRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.query.NativeQuery;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.allegation.Allegation;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.referral.ExternalReferral;
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

    @PersistenceContext
    private EntityManager em;

    public String of(SafeguardingCase safeguardingCase, ClosureReason reason) {
        long caseId = safeguardingCase.id();
        List<String> lines = new ArrayList<>();
        lines.add(reason.label() + ".");
        lines.add("Concern raised " + PlainFormat.dayInFull(Locale.ENGLISH,
                safeguardingCase.raisedAt().atZone(WorkingCalendar.UK).toLocalDate()) + " ("
                + safeguardingCase.source().label().toLowerCase(Locale.UK) + ").");
        // Plain SQL, with the case's board said: a query in the query language would be translated afresh at each
        // closure (Hibernate keeps no translation while the board's tenant filter is on), and most cases close here.
        // Each names the entities it reads, so that Hibernate writes pending changes first only when one of those is
        // pending (an agency referred to in this step), not the case's own change, written once at the commit.
        String board = safeguardingCase.tenantId();
        @SuppressWarnings("unchecked")
        List<String> clauses = reading("select distinct c.reference from allegation a join policy_clause c"
                        + " on c.id = a.clause_id where a.tenant_id = ?1 and a.case_id = ?2 order by c.reference",
                Allegation.class, PolicyClause.class)
                .setParameter(1, board).setParameter(2, caseId).getResultList();
        lines.add(clauses.isEmpty() ? "No allegation was recorded against a clause."
                : "Allegations under " + String.join(", ", clauses) + ".");
        @SuppressWarnings("unchecked")
        List<String> agencies = reading("select distinct agency from external_referral"
                        + " where tenant_id = ?1 and case_id = ?2 order by agency", ExternalReferral.class)
                .setParameter(1, board).setParameter(2, caseId).getResultList();
        if (!agencies.isEmpty()) {
            lines.add("Referred to " + String.join(", ", agencies.stream().map(Agency::valueOf).map(Agency::name)
                    .toList()) + ".");
        }
        if (safeguardingCase.authorisedBy() != null) {
            em.createQuery("select r from MemberRequest r where r.caseId = :caseId and r.setAsideAt is null"
                                    + " order by r.sentAt",
                            MemberRequest.class)
                    .setParameter("caseId", caseId).getResultList()
                    .forEach(request -> lines.add(requestLine(request)));
        }
        if (safeguardingCase.outcome() != null) {
            lines.add("Outcome: " + safeguardingCase.outcome().label().toLowerCase(Locale.UK) + ".");
        }
        if (safeguardingCase.outcome() != null && safeguardingCase.outcome().isReferral()) {
            referrals.ofCase(caseId)
                    .filter(referral -> referral.hrOutcome() != null)
                    .ifPresent(referral -> lines.add("Disciplinary outcome at "
                            + safeguardingCase.organisation().name() + ": "
                            + referral.hrOutcome().label().toLowerCase(Locale.UK) + "."));
        }
        String summary = String.join(" ", lines);
        return summary.length() <= MAX ? summary : summary.substring(0, MAX - 1) + "…";
    }

    /** A native query that reads only the tables of {@code entities}, said so to Hibernate. */
    private Query reading(String sql, Class<?>... entities) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        for (Class<?> entity : entities) {
            query.addSynchronizedEntityClass(entity);
        }
        return query;
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
