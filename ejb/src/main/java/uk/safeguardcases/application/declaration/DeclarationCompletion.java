package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * How far the board's members have declared the latest version (model policy 5.1: managers make sure their team
 * completes it): asked, signed and countersigned, in all, by organisation and by manager, and every member's record
 * for the CSV export. A declaration a later version superseded is not counted.
 */
@Stateless
public class DeclarationCompletion {

    @Inject
    private DeclarationRepository declarations;

    @Inject
    private PersonRepository people;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private TimelineService timeline;

    /** The latest version's completion, by organisation and by manager; empty before any version is published. */
    public Optional<Completion> completion() {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        return declarations.latest().map(v -> {
            List<DeclarationRecord> records = records(v);
            return new Completion(v.number(), v.title(), row(DeclarationWords.text("declaration.total"), records),
                    grouped(records, DeclarationRecord::organisation),
                    grouped(records, r -> r.manager().isEmpty()
                            ? DeclarationWords.text("declaration.noManager") : r.manager()));
        });
    }

    /** Every member asked to declare the latest version, for the CSV export; each export is audited. */
    public List<DeclarationRecord> exportCompletion() {
        return exportCompletion("as CSV");
    }

    /**
     * Every member asked to declare the latest version, leaving the product {@code how} ("as CSV", "as JSON through
     * the API"); each export is audited so.
     */
    public List<DeclarationRecord> exportCompletion(String how) {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        PolicyVersion latest = declarations.latest().orElse(null);
        if (latest == null) {
            return List.of();
        }
        List<DeclarationRecord> records = records(latest);
        timeline.record(null, AuditAction.DECLARATIONS_EXPORTED, "Completion of version " + latest.number()
                + " exported " + how + ": " + PlainFormat.count(records.size(), "member", "members") + ".");
        return records;
    }

    private List<DeclarationRecord> records(PolicyVersion version) {
        List<Declaration> all = declarations.ofVersion(version.id());
        Map<Long, Person> persons = people.all().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, String> organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(ParentOrganisation::id, ParentOrganisation::name));
        Map<String, Person> byUsername = persons.values().stream()
                .collect(Collectors.toMap(Person::username, Function.identity(), (a, b) -> a));
        List<DeclarationRecord> records = new ArrayList<>();
        for (Declaration d : all) {
            Person p = persons.get(d.personId());
            Long managerId = d.managerPersonId() != null ? d.managerPersonId() : p == null ? null : p.managerPersonId();
            Person manager = managerId == null ? null : persons.get(managerId);
            records.add(new DeclarationRecord(p == null ? "" : p.displayName(), p == null ? "" : p.username(),
                    organisationNames.getOrDefault(d.organisationId(), ""), manager == null ? "" : manager.displayName(),
                    d.status().name(), d.askedAt(), d.declaredAt(), d.countersignedAt(), d.firstReminderAt(),
                    d.secondReminderAt(), d.escalatedAt(), DeclarationViews.nonNull(d.declaredName()),
                    DeclarationViews.nonNull(d.jobTitle()), DeclarationViews.nonNull(d.department()),
                    DeclarationViews.nonNull(d.contactNumber()), nameOf(d.countersignedBy(), byUsername)));
        }
        records.sort(Comparator.comparing(DeclarationRecord::organisation).thenComparing(DeclarationRecord::name));
        return records;
    }

    private static String nameOf(String username, Map<String, Person> byUsername) {
        Person person = username == null ? null : byUsername.get(username);
        return username == null ? "" : person == null ? username : person.displayName();
    }

    private static List<CompletionRow> grouped(List<DeclarationRecord> records,
            Function<DeclarationRecord, String> key) {
        Map<String, List<DeclarationRecord>> groups = records.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return groups.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    private static CompletionRow row(String name, List<DeclarationRecord> records) {
        int asked = 0;
        int declared = 0;
        int countersigned = 0;
        for (DeclarationRecord r : records) {
            if (DeclarationStatus.SUPERSEDED.name().equals(r.status())) {
                continue;
            }
            asked++;
            if (r.declaredAt() != null) {
                declared++;
            }
            if (r.countersignedAt() != null) {
                countersigned++;
            }
        }
        return CompletionRow.of(name, asked, declared, countersigned);
    }
}
