package uk.safeguardcases.application.official;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InMemoryBoards;
import uk.safeguardcases.application.InMemoryPeople;
import uk.safeguardcases.application.MovingClock;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.NextInSeries;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

/**
 * The official accounts' services wired as the container wires them, over accounts, business cases, accreditations,
 * people and boards kept in memory, a process port, cases and a mail that record what they were asked, at a time the
 * test moves on: City &amp; Hackney with its partners, officer and senior managers, and the LSCB beside it.
 */
class OfficialAccountsFixture {

    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    static final String BUSINESS_CASE = "Supports the board’s strategic objective on online safety: reaching young"
            + " people in Hackney where they already are.";

    /** An e-mail the accreditation's mail was asked to send. */
    record Mailed(String kind, String about, int daysBefore, String handles, Collection<String> owners) {
    }

    final MovingClock clock = new MovingClock(NOW);
    final InMemoryPeople people = new InMemoryPeople();
    final InMemoryBoards boards = new InMemoryBoards();
    final InMemoryOfficialAccounts stored = new InMemoryOfficialAccounts();
    final RecordedProcesses processes = new RecordedProcesses();
    final RecordedTimeline timeline = new RecordedTimeline();
    final List<Mailed> mailed = new ArrayList<>();
    final Map<String, SafeguardingCase> cases = new HashMap<>();

    final BusinessCases businessCases;
    final BusinessCaseDecisions decisions;
    final AccountRegister register;
    final Accreditations accreditations;
    final AccreditationCycle cycle;
    final CaseOfficialAccounts caseAccounts;

    final Caller member;
    final Caller otherMember;
    final Caller hr;
    final Caller officer;
    final Caller senior;
    final Caller otherSenior;
    final Caller theirSenior;

    OfficialAccountsFixture() {
        boards.add("chscb", "City & Hackney Safeguarding Children Partnership", null, "CHSCB", "Social Media Policy",
                null);
        boards.add("lscb", "Local Safeguarding Children Board", null, "LSCB", "Online Safeguarding Policy", null);
        member = caller(people.add("chscb", "chscb.member", "Ceri Jones", 70L, Role.MEMBER));
        otherMember = caller(people.add("chscb", "chscb.member2", "Dafydd Owen", 70L, Role.MEMBER));
        hr = caller(people.add("chscb", "chscb.hr", "Siân Ellis", 70L, Role.HR));
        officer = caller(people.add("chscb", "chscb.officer", "Olivia Okafor", null, Role.OFFICER));
        senior = caller(people.add("chscb", "chscb.senior", "Gwenllian Morgan", null, Role.SENIOR));
        otherSenior = caller(people.add("chscb", "chscb.senior2", "Tunde Bello", null, Role.SENIOR));
        theirSenior = caller(people.add("lscb", "lscb.senior", "Rhodri Price", null, Role.SENIOR));

        AccreditationMail mail = new AccreditationMail() {
            @Override
            public void expiring(Accreditation a, String name, int daysBefore) {
                mailed.add(new Mailed("expiring", name, daysBefore, null, List.of()));
            }

            @Override
            public void expired(Accreditation a, String name, String handles, Collection<String> owners) {
                mailed.add(new Mailed("expired", name, 0, handles, List.copyOf(owners)));
            }
        };
        CaseLookup lookup = new CaseLookup() {
            @Override
            public SafeguardingCase byReference(String reference) {
                return Optional.ofNullable(cases.get(reference)).filter(c -> ours(reference))
                        .orElseThrow(() -> new NotFoundException("There is no case " + reference + "."));
            }

            @Override
            public SafeguardingCase toRead(String reference) {
                return byReference(reference);
            }
        };
        OfficialAccountRequestReferences series = Wiring.wire(new OfficialAccountRequestReferences(), stored);
        businessCases = Wiring.wire(new BusinessCases(), clock, new NextInSeries(), series, stored, people, boards,
                processes, timeline);
        decisions = Wiring.wire(new BusinessCaseDecisions(), clock, stored, processes, timeline);
        register = Wiring.wire(new AccountRegister(), clock, stored, people, timeline);
        accreditations = Wiring.wire(new Accreditations(), clock, stored, people, processes, timeline);
        cycle = Wiring.wire(new AccreditationCycle(), clock, stored, people, timeline, mail);
        caseAccounts = Wiring.wire(new CaseOfficialAccounts(), stored, people, lookup, timeline);
    }

    static Caller caller(Person person) {
        return new Caller(person.username(), person.displayName(), person.tenantId(), person.roles(),
                person.organisationId());
    }

    /** A case of City &amp; Hackney: its references start with the board's prefix. */
    private static boolean ours(String reference) {
        return reference.startsWith(CallerContext.current().tenantId().toUpperCase() + "-");
    }

    /** A case raised on City &amp; Hackney about the use of a social media account. */
    SafeguardingCase caseRaised(String reference) {
        ParentOrganisation school = new ParentOrganisation("Hackney Free School", OrganisationKind.SCHOOL,
                "hr@example.org");
        SafeguardingCase c = SafeguardingCase.raise(cases.size() + 1L, reference, "Ceri Jones", school,
                CaseSource.PUBLIC_COMPLAINT, "Posts from the board’s account replying to a pupil.", "chscb.officer",
                NOW);
        cases.put(reference, c);
        return c;
    }

    /** A business case as a partner makes it, for {@code handle} on X. */
    static OfficialAccountRequestDetails details(String handle) {
        return new OfficialAccountRequestDetails(Platform.X_TWITTER, handle, "Ceri Jones", "Designated Officer",
                "Official account of the CHSCB participation team", BUSINESS_CASE);
    }

    /** The board's shared account, registered by its senior manager as it already runs; its id. */
    long sharedAccount() {
        return CallerContext.runAs(senior, () -> register.register(Platform.X_TWITTER, "lscb_chscb", "chscb.senior",
                "CHSCB", "City & Hackney Safeguarding Children Partnership", "Official account of the CHSCB", true,
                true));
    }

    /** Today, as the services read it now. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.UK));
    }
}
