package uk.safeguardcases.application.administration;

import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.application.PlainFormat;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.people.Role;

/**
 * The board administrator's clause catalogue. A clause an allegation has cited keeps the words that were
 * cited: changing it makes a new version (same reference) and retires the cited one, which stays on the
 * cases. A clause nobody has cited is changed in place. Retired clauses cannot be cited.
 */
@Stateless
public class ClauseCatalogue {

    @Inject
    private ClauseRepository clauses;

    @Inject
    private TimelineService timeline;

    /** Every clause, current ones first in the policy's order, then the retired versions. */
    public List<AdminClause> clauses() {
        CallerContext.require(Role.ADMIN);
        Map<Long, Long> citations = clauses.citations();
        return clauses.all().stream().map(c -> view(c, citations.getOrDefault(c.id(), 0L))).toList();
    }

    public AdminClause clause(long id) {
        CallerContext.require(Role.ADMIN);
        PolicyClause clause = find(id);
        return view(clause, citations(clause.id()));
    }

    /**
     * Adds a clause; {@code sectionCy} and {@code textCy} are its Welsh words, blank for none yet (a Welsh page then
     * shows the English and says so).
     */
    public AdminClause add(String reference, String section, String text, String sectionCy, String textCy) {
        CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanReference = reference(problems, reference, null);
        String cleanSection = Checks.text(problems, "section", section, 200, Texts.text("clause.section.missing"));
        String cleanText = Checks.text(problems, "text", text, 4000, Texts.text("clause.text.missing"));
        String welshSection = Checks.optionalText(problems, "sectionCy", sectionCy, 200);
        String welshText = Checks.optionalText(problems, "textCy", textCy, 4000);
        Checks.check(problems);
        Integer last = clauses.lastSortOrder();
        PolicyClause clause = new PolicyClause(cleanReference, cleanSection, cleanText, last == null ? 1 : last + 1,
                nextVersion(cleanReference)).inWelsh(welshSection, welshText);
        clauses.add(clause);
        timeline.record(null, AuditAction.CLAUSE_ADDED, "Clause " + cleanReference + " (" + cleanSection + "): "
                + Checks.quote(cleanText) + (welshText == null ? "" : "; in Welsh: " + Checks.quote(welshText)));
        return view(clause, 0);
    }

    /** Changes a clause's words, English or Welsh: a cited clause keeps them and gets a new version instead. */
    public ClauseChange change(long id, String reference, String section, String text, String sectionCy,
            String textCy) {
        CallerContext.require(Role.ADMIN);
        PolicyClause clause = find(id);
        if (clause.retired()) {
            throw new InvalidInputException(Map.of("text",
                    Texts.text("clause.retired", clause.reference())));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanReference = reference(problems, reference, clause.id());
        String cleanSection = Checks.text(problems, "section", section, 200, Texts.text("clause.section.missing"));
        String cleanText = Checks.text(problems, "text", text, 4000, Texts.text("clause.text.missing"));
        String welshSection = Checks.optionalText(problems, "sectionCy", sectionCy, 200);
        String welshText = Checks.optionalText(problems, "textCy", textCy, 4000);
        Checks.check(problems);
        Checks.Changes changes = new Checks.Changes()
                .field("reference", clause.reference(), cleanReference)
                .field("section", clause.section(), cleanSection)
                .field("text", clause.text(), cleanText)
                .field("section in Welsh", clause.sectionCy(), welshSection)
                .field("text in Welsh", clause.textCy(), welshText);
        if (!changes.any()) {
            return new ClauseChange(view(clause, citations(clause.id())), false, false);
        }
        long cited = citations(clause.id());
        if (cited == 0 && clause.reference().equals(cleanReference)) {
            clause.reword(cleanReference, cleanSection, cleanText, welshSection, welshText);
            timeline.record(null, AuditAction.CLAUSE_CHANGED, "Clause " + cleanReference + ": " + changes);
            return new ClauseChange(view(clause, 0), false, true);
        }
        // A new row: the cited wording must stay as it was, and a new reference needs its own version number.
        if (cited > 0) {
            clause.retire();
        } else {
            clauses.remove(clause);
        }
        PolicyClause next = new PolicyClause(cleanReference, cleanSection, cleanText, clause.sortOrder(),
                nextVersion(cleanReference)).inWelsh(welshSection, welshText);
        clauses.addVersion(next);
        if (cited > 0) {
            timeline.record(null, AuditAction.CLAUSE_CHANGED_NEW_VERSION, "Clause " + clause.reference() + " version "
                    + clause.versionNo() + " is cited by " + PlainFormat.count(cited, "allegation", "allegations") + " and keeps its words; version "
                    + next.versionNo() + " replaces it: " + changes);
        } else {
            timeline.record(null, AuditAction.CLAUSE_CHANGED, "Clause " + clause.reference() + ": " + changes);
        }
        return new ClauseChange(view(next, 0), cited > 0, true);
    }

    public AdminClause retire(long id) {
        CallerContext.require(Role.ADMIN);
        PolicyClause clause = find(id);
        if (!clause.retired()) {
            clause.retire();
            timeline.record(null, AuditAction.CLAUSE_RETIRED, "Clause " + clause.reference() + " version " + clause.versionNo()
                    + ": retired: 'no' → 'yes'");
        }
        return view(clause, citations(clause.id()));
    }

    private String reference(Map<String, String> problems, String reference, Long self) {
        String clean = Checks.text(problems, "reference", reference, 40, Texts.text("clause.reference.missing"));
        if (!problems.containsKey("reference")) {
            boolean taken = clauses.idsInForce(clean).stream().anyMatch(other -> !other.equals(self));
            if (taken) {
                problems.put("reference", Texts.text("clause.reference.taken", clean));
            }
        }
        return clean;
    }

    private int nextVersion(String reference) {
        Integer last = clauses.lastVersion(reference);
        return last == null ? 1 : last + 1;
    }

    private long citations(long clauseId) {
        return clauses.citations(clauseId);
    }

    private PolicyClause find(long id) {
        return clauses.byId(id).orElseThrow(() -> new NotFoundException(Texts.text("notFound.clause")));
    }

    private static AdminClause view(PolicyClause c, long citations) {
        return new AdminClause(c.id(), c.reference(), c.section(), c.text(), c.sectionCy(), c.textCy(), c.versionNo(),
                c.retired(), citations);
    }
}
