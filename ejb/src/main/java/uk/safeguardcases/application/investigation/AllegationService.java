package uk.safeguardcases.application.investigation;

import java.time.Clock;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.Allegation;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.people.Role;

/** Allegations: each cites a clause of the caller's board's own policy (another board's clause is not one). */
@Stateless
public class AllegationService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private uk.safeguardcases.domain.allegation.AllegationRepository allegationRecords;

    @Inject
    private ClauseRepository clauses;

    @Inject
    private CaseLookup cases;

    @Inject
    private TimelineService timeline;

    public AllegationView allege(String reference, Long clauseId, AllegationCategory category, Severity severity,
            PossibleOffence possibleOffence, String particulars) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        PolicyClause clause = clauseId == null ? null
                : clauses.inForceById(clauseId).orElse(null);
        if (clause == null) {
            problems.put("clauseId", Texts.text("allegation.clause.missing"));
        }
        if (category == null) {
            problems.put("category", Texts.text("allegation.category.missing"));
        }
        if (severity == null) {
            problems.put("severity", Texts.text("allegation.severity.missing"));
        }
        String text = Inputs.text(problems, "particulars", particulars, 4000, Texts.text("allegation.particulars.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        if (safeguardingCase.status() == CaseStatus.CLOSED) {
            throw new AccessRefusedException(Texts.text("allegation.caseClosed", reference));
        }
        Allegation allegation = Allegation.cite(safeguardingCase.id(), clause, category, severity, possibleOffence,
                text, caller.username(), Instant.now(clock));
        allegationRecords.add(allegation);
        timeline.record(safeguardingCase.id(), AuditAction.ALLEGATION_RECORDED, "Clause " + clause.reference() + "; "
                + category.label() + "; severity " + severity.label().toLowerCase()
                + (possibleOffence == null ? "" : "; possible offence: " + possibleOffence.label()));
        return view(allegation);
    }

    public List<AllegationView> allegationsOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase safeguardingCase = cases.toRead(reference);
        return allegationRecords.allegationsOn(safeguardingCase.id()).stream().map(AllegationService::view).toList();
    }

    /** An allegation as pages and the referral pack show it. */
    static AllegationView view(Allegation a) {
        return new AllegationView(a.id(), a.clause().reference(), a.clause().text(), a.category(), a.severity(),
                a.possibleOffence(), a.particulars(), a.recordedBy(),
                Texts.wording(a.clause().text(), a.clause().textCy()), Texts.languageOf(a.clause().textCy()));
    }
}
