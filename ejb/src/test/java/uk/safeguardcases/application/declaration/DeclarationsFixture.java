package uk.safeguardcases.application.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InMemoryBoards;
import uk.safeguardcases.application.InMemoryPeople;
import uk.safeguardcases.application.MovingClock;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.administration.InMemoryClauseRepository;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

/**
 * The declarations' services wired as the container wires them, over versions, declarations, clauses, people and
 * boards kept in memory, a process port and a mail that record what they were asked, at a time the test moves on:
 * Cwm Taf (in English and Welsh) with a school and a nursery and their people, and City &amp; Hackney beside it.
 */
class DeclarationsFixture {

    static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");
    static final long SCHOOL = 70L;
    static final long NURSERY = 80L;

    final MovingClock clock = new MovingClock(NOW);
    final InMemoryPeople people = new InMemoryPeople();
    final InMemoryBoards boards = new InMemoryBoards();
    final InMemoryClauseRepository clauses = new InMemoryClauseRepository();
    final InMemoryDeclarations stored = new InMemoryDeclarations(people);
    final RecordedProcesses processes = new RecordedProcesses();
    final RecordedTimeline timeline = new RecordedTimeline();
    final List<String> mail = new ArrayList<>();
    final Map<String, SafeguardingCase> cases = new HashMap<>();

    final PolicyVersions versions;
    final AskingMembers asking;
    final DeclarationChasing chasing;
    final MemberSigning signing;
    final Countersigning countersigning;
    final DeclarationCompletion completion;
    final CaseDeclarations caseDeclarations;
    final PolicyDeclarations pages;

    final Caller admin;
    final Caller officer;
    final Person owner;
    final Person member;
    final Person manager;
    final Person colleague;
    final Person nurseryMember;
    final Person hrPartner;
    final Person gone;
    final Caller theirAdmin;

    DeclarationsFixture() {
        boards.add("cwmtaf", "Cwm Taf Morgannwg Safeguarding Board", "Bwrdd Diogelu Cwm Taf Morgannwg", "CTM",
                "Social Media Policy", "Polisi Cyfryngau Cymdeithasol");
        boards.add("chscb", "City & Hackney Safeguarding Children Partnership", null, "CHSCB", "Social Media Policy",
                null);
        admin = caller(people.add("cwmtaf", "cwmtaf.admin", "Rhiannon Prys", null, Role.ADMIN));
        officer = caller(people.add("cwmtaf", "cwmtaf.officer", "Ceri Jones", null, Role.OFFICER));
        owner = people.add("cwmtaf", "cwmtaf.senior", "Gwenllian Morgan", null, Role.SENIOR);
        member = people.add("cwmtaf", "morgan.evans", "Morgan Evans", SCHOOL, Role.MEMBER);
        manager = people.add("cwmtaf", "head.teacher", "Eleri Rhys", SCHOOL, Role.MEMBER);
        colleague = people.add("cwmtaf", "dai.lewis", "Dai Lewis", SCHOOL, Role.MEMBER);
        nurseryMember = people.add("cwmtaf", "nia.hughes", "Nia Hughes", NURSERY, Role.MEMBER);
        hrPartner = people.add("cwmtaf", "school.hr", "Siân Ellis", SCHOOL, Role.HR);
        gone = people.add("cwmtaf", "gone.member", "Gwyn Thomas", SCHOOL, Role.MEMBER);
        gone.deactivate();
        theirAdmin = caller(people.add("chscb", "chscb.admin", "Olivia Okafor", null, Role.ADMIN));
        people.add("chscb", "sam.okafor", "Sam Okafor", 90L, Role.MEMBER);
        clauses.storedFor("cwmtaf", new PolicyClause("3.5(d)", "Conduct",
                "Do not post photographs of service users without their consent.", 1, 1).inWelsh("Ymddygiad",
                "Peidiwch â phostio ffotograffau o ddefnyddwyr gwasanaeth heb eu caniatâd."));
        clauses.storedFor("cwmtaf", new PolicyClause("4.1", "Online contact",
                "Do not befriend pupils on social media.", 2, 1));

        OrganisationRepository organisations = new Organisations(List.of(
                organisation("cwmtaf", SCHOOL, "Ysgol y Môr", "Ysgol y Môr"),
                organisation("cwmtaf", NURSERY, "Little Acorns Nursery", null)));
        DeclarationMail recordedMail = new DeclarationMail() {
            @Override
            public void asked(Person to, int version, String title, LocalDate effectiveFrom) {
                mail.add("asked " + to.username() + " v" + version);
            }

            @Override
            public void reminder(Person to, int version, String title, Instant askedAt) {
                mail.add("reminder " + to.username() + " v" + version);
            }

            @Override
            public void overdue(Person to, Person about, boolean toManager, int version, String title,
                    Instant askedAt) {
                mail.add("overdue " + to.username() + " about " + about.username() + (toManager ? "" : " (no manager)"));
            }

            @Override
            public void toCountersign(Person to, String memberName, int version, String title) {
                mail.add("countersign " + to.username() + " for " + memberName);
            }

            @Override
            public void reviewDue(Person to, int version, String title, LocalDate reviewDate) {
                mail.add("review " + to.username() + " v" + version);
            }
        };
        CaseLookup lookup = new CaseLookup() {
            @Override
            public Long personIdOf(Caller caller) {
                return people.idOf(caller.username()).orElse(null);
            }

            @Override
            public SafeguardingCase toRead(String reference) {
                return Optional.ofNullable(cases.get(reference))
                        .orElseThrow(() -> new NotFoundException("There is no case " + reference + "."));
            }
        };
        versions = Wiring.wire(new PolicyVersions(), clock, clauses, stored, people, boards, processes, timeline);
        asking = Wiring.wire(new AskingMembers(), clock, stored, people, processes, timeline, recordedMail);
        chasing = Wiring.wire(new DeclarationChasing(), clock, stored, people, timeline, recordedMail);
        signing = Wiring.wire(new MemberSigning(), clock, stored, organisations, people, boards, processes, timeline,
                recordedMail, lookup);
        countersigning = Wiring.wire(new Countersigning(), clock, stored, processes, timeline, lookup);
        completion = Wiring.wire(new DeclarationCompletion(), stored, people, organisations, timeline);
        caseDeclarations = Wiring.wire(new CaseDeclarations(), stored, boards, lookup);
        pages = Wiring.wire(new PolicyDeclarations(), versions, completion, signing, countersigning);
    }

    static Caller caller(Person person) {
        return new Caller(person.username(), person.displayName(), person.tenantId(), person.roles(),
                person.organisationId());
    }

    private static ParentOrganisation organisation(String board, long id, String name, String nameCy) {
        ParentOrganisation organisation = new ParentOrganisation(name, OrganisationKind.SCHOOL, "hr@example.org");
        Wiring.set(organisation, "tenantId", board);
        Wiring.set(organisation, "id", id);
        Wiring.set(organisation, "nameCy", nameCy);
        return organisation;
    }

    /** The board's organisations; what the declarations do not ask is not answered. */
    private record Organisations(List<ParentOrganisation> stored) implements OrganisationRepository {

        private List<ParentOrganisation> ours() {
            String board = uk.safeguardcases.application.tenancy.CallerContext.current().tenantId();
            return stored.stream().filter(o -> o.tenantId().equals(board)).toList();
        }

        @Override
        public Optional<ParentOrganisation> byId(long id) {
            return ours().stream().filter(o -> o.id() == id).findFirst();
        }

        @Override
        public List<ParentOrganisation> all() {
            return ours();
        }

        @Override
        public Optional<ParentOrganisation> named(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ParentOrganisation> activeByName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> namesWithoutWelsh() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ParentOrganisation> allActiveFirst() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ParentOrganisation> active() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> idsNamed(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean named(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(ParentOrganisation organisation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(ParentOrganisation organisation) {
            throw new UnsupportedOperationException();
        }
    }

    /** Publishes version details as the administrator, and asks every member at once, as its process would. */
    PolicyVersion publishAndAsk(String title, LocalDate effectiveFrom) {
        uk.safeguardcases.application.tenancy.CallerContext.set(admin);
        int number = versions.publish(new PolicyVersionDetails(title, effectiveFrom, effectiveFrom.plusYears(1),
                owner.id()));
        PolicyVersion version = stored.latest().orElseThrow();
        while (asking.askMembers(version.id())) {
            // each batch a job of its own
        }
        assert version.number() == number;
        return version;
    }
}
