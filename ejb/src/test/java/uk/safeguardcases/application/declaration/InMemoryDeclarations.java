package uk.safeguardcases.application.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/** Every board's versions and declarations in lists, each question narrowed to the caller's board. */
class InMemoryDeclarations implements DeclarationRepository {

    private final List<PolicyVersion> versionsStored = new ArrayList<>();
    private final List<Declaration> declarationsStored = new ArrayList<>();
    private final PersonRepository people;
    private long lastId;

    InMemoryDeclarations(PersonRepository people) {
        this.people = people;
    }

    private static String board() {
        return CallerContext.current().tenantId();
    }

    private List<PolicyVersion> ours() {
        return versionsStored.stream().filter(v -> v.tenantId().equals(board())).toList();
    }

    /** The caller's board's declarations, by id. */
    List<Declaration> declarations() {
        return declarationsStored.stream().filter(d -> d.tenantId().equals(board()))
                .sorted(Comparator.comparing(Declaration::id)).toList();
    }

    @Override
    public List<PolicyVersion> versions() {
        return ours().stream().sorted(Comparator.comparing(PolicyVersion::number).reversed()).limit(200).toList();
    }

    @Override
    public Optional<PolicyVersion> version(long id) {
        return ours().stream().filter(v -> v.id() == id).findFirst();
    }

    @Override
    public Optional<PolicyVersion> latest() {
        return ours().stream().max(Comparator.comparing(PolicyVersion::number));
    }

    @Override
    public Optional<PolicyVersion> inForceOn(LocalDate day) {
        return ours().stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PolicyVersion::number));
    }

    @Override
    public int highestNumber() {
        return ours().stream().mapToInt(PolicyVersion::number).max().orElse(0);
    }

    @Override
    public void add(PolicyVersion version) {
        Wiring.set(version, "tenantId", board());
        Wiring.set(version, "id", ++lastId);
        versionsStored.add(version);
    }

    @Override
    public Optional<Declaration> byId(long id) {
        return declarations().stream().filter(d -> d.id() == id).findFirst();
    }

    @Override
    public Optional<Declaration> of(long policyVersionId, long personId) {
        return declarations().stream().filter(d -> d.policyVersionId() == policyVersionId && d.personId() == personId)
                .findFirst();
    }

    @Override
    public List<Declaration> ofPerson(long personId) {
        return declarations().stream().filter(d -> d.personId() == personId)
                .sorted(Comparator.comparing(Declaration::policyVersionId).reversed()).limit(200).toList();
    }

    @Override
    public List<Declaration> ofVersion(long policyVersionId) {
        return declarations().stream().filter(d -> d.policyVersionId() == policyVersionId).toList();
    }

    @Override
    public List<Declaration> awaitingCountersignatureBy(long managerPersonId) {
        return declarations().stream().filter(d -> d.status() == DeclarationStatus.DECLARED
                && Long.valueOf(managerPersonId).equals(d.managerPersonId()))
                .sorted(Comparator.comparing(Declaration::declaredAt)).toList();
    }

    @Override
    public List<Declaration> openBefore(long policyVersionId, int most) {
        return declarations().stream().filter(d -> d.policyVersionId() < policyVersionId
                && d.status() == DeclarationStatus.ASKED).limit(most).toList();
    }

    @Override
    public void add(Declaration declaration) {
        Wiring.set(declaration, "tenantId", board());
        Wiring.set(declaration, "id", ++lastId);
        declarationsStored.add(declaration);
    }

    @Override
    public List<Person> membersNotAsked(long policyVersionId, int most) {
        return people.all().stream().filter(p -> p.active() && p.organisationId() != null
                && p.roles().contains(Role.MEMBER) && of(policyVersionId, p.id()).isEmpty())
                .sorted(Comparator.comparing(Person::id)).limit(most).toList();
    }

    @Override
    public List<Declaration> ofPersonOldestFirst(long personId) {
        return declarations().stream().filter(d -> d.personId() == personId)
                .sorted(Comparator.comparing(Declaration::policyVersionId).thenComparing(Declaration::id)).toList();
    }

    @Override
    public List<String> versionTitles() {
        return ours().stream().map(PolicyVersion::title).toList();
    }

    @Override
    public List<PolicyVersion> versions(Collection<Long> ids) {
        return ours().stream().filter(v -> ids.contains(v.id())).toList();
    }
}
