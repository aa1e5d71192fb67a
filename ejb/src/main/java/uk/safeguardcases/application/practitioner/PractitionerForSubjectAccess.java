package uk.safeguardcases.application.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.access.SubjectAccessGathering;
import uk.safeguardcases.application.access.SubjectAccessReadModel;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.cases.Redaction;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.practitioner.PractitionerConcern;
import uk.safeguardcases.domain.practitioner.PractitionerConcernRepository;
import uk.safeguardcases.domain.practitioner.ThresholdCriterion;

/**
 * The practitioner records (Wales Safeguarding Procedures, Section 5) about a member in their subject access answer
 * (UK GDPR Article 15, PDF heading {@code sar.practitionerConcerns}): for each case about them (under their account,
 * or by their name) that has one, the threshold criteria as answered, when the designated person was told and by when
 * they were due, the outcome, and the transferable risk, including whom the board told (a recipient, Article 15(1)(c)).
 * A case the request leaves out is left out here too; the request's redactions apply to it with the rest.
 */
@ApplicationScoped
public class PractitionerForSubjectAccess implements SubjectAccessPart {

    @Inject
    private SubjectAccessReadModel records;

    @Inject
    private PractitionerConcernRepository concerns;

    @Inject
    private PractitionerConcerns service;

    @Override
    public String key() {
        return "practitionerConcerns";
    }

    @Override
    public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
        Map<Long, SafeguardingCase> about = new LinkedHashMap<>();
        if (account != null) {
            records.casesAboutAccount(account.id()).forEach(c -> about.put(c.id(), c));
        }
        records.casesAboutName(List.of(request.subjectName().strip().toLowerCase(Locale.ROOT),
                SubjectAccessGathering.comparable(request.subjectName()))).forEach(c -> about.putIfAbsent(c.id(), c));
        Set<String> leftOut = new HashSet<>(Redaction.terms(request.leftOut()));
        List<Object> items = new ArrayList<>();
        about.values().stream().sorted((a, b) -> a.raisedAt().compareTo(b.raisedAt())).forEach(c -> {
            if (leftOut.contains(c.reference())) {
                return;
            }
            concerns.ofCase(c.id()).ifPresent(p -> items.add(item(c, p)));
        });
        return items;
    }

    private Map<String, Object> item(SafeguardingCase c, PractitionerConcern p) {
        Deadline due = service.designatedPersonDeadline(c);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("case", c.reference());
        item.put("designatedPersonDue", SubjectAccessPart.when(due.due()));
        item.put("designatedPersonTold", p.designatedToldAt() == null ? "not recorded"
                : SubjectAccessPart.when(p.designatedToldAt()) + " – " + p.designatedPerson());
        if (p.thresholdConsidered()) {
            List<String> met = new ArrayList<>();
            p.threshold().forEach((criterion, yes) -> {
                if (Boolean.TRUE.equals(yes)) {
                    met.add(words(criterion));
                }
            });
            item.put("thresholdCriteriaMet", met.isEmpty() ? "none" : String.join("; ", met));
        }
        if (p.outcome() != null) {
            item.put("practitionerOutcome", switch (p.outcome()) {
                case STRATEGY_MEETING -> "a professional strategy meeting";
                case EMPLOYER_TO_MANAGE -> "the employer deals with it under its own procedures";
                case NO_FURTHER_ACTION -> "no further action under Section 5";
            });
            item.put("outcomeNote", p.outcomeNote());
        }
        if (p.transferableRiskRecorded()) {
            item.put("otherRoles", p.otherRoles());
            item.put("riskToldWhom", p.riskToldWhom());
            item.put("riskToldOn", p.riskToldOn() == null ? null : p.riskToldOn().toString());
        }
        return item;
    }

    private static String words(ThresholdCriterion criterion) {
        return switch (criterion) {
            case HARMED -> "harmed or may have harmed a child or adult at risk";
            case OFFENCE -> "possibly committed a criminal offence against or related to a child or adult at risk";
            case RISK_OF_HARM -> "behaved in a way that indicates a risk of harm";
            case UNSUITABLE -> "behaved in a way that indicates they may be unsuitable to work with children or"
                    + " adults at risk";
        };
    }
}
