package uk.safeguardcases.application.lowlevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.InMemoryBoards;
import uk.safeguardcases.application.InMemoryPeople;
import uk.safeguardcases.application.MovingClock;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.domain.audit.Reading;
import uk.safeguardcases.domain.notification.NoticeKind;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

/**
 * The register's services wired as the container wires them, over a register, people and boards kept in memory, at
 * a time the test moves on: two boards, Cwm Taf (in English and Welsh) and City &amp; Hackney, each with its staff and
 * members.
 */
class LowLevelFixture {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final long SCHOOL = 70L;
    static final long NURSERY = 80L;

    /** An e-mail the outbox was given. */
    record Sent(NoticeKind kind, String to, String subject, String body) {
    }

    /** A read the read audit was told of. */
    record Read(Reading kind, Long personId) {
    }

    final MovingClock clock = new MovingClock(NOW);
    final InMemoryPeople people = new InMemoryPeople();
    final InMemoryBoards boards = new InMemoryBoards();
    final InMemoryRegister stored = new InMemoryRegister(people);
    final RecordedTimeline timeline = new RecordedTimeline();
    final List<Sent> sent = new ArrayList<>();
    final List<Read> reads = new ArrayList<>();

    final LowLevelPolicies policies;
    final ConcernPatterns patterns;
    final LowLevelConcerns concerns;
    final LowLevelOnCoreEvents onCoreEvents;
    final LowLevelRegister register;
    final RegisterReviews reviews;
    final RegisterRemoval removal;
    final RegisterForSubjectAccess forSubjectAccess;

    final Caller officer;
    final Caller senior;
    final Caller admin;
    final Person member;
    final Person colleague;
    final Person left;
    final Person hr;
    final Person theirMember;
    final Caller theirOfficer;
    final Caller theirSenior;

    LowLevelFixture() {
        boards.add("cwmtaf", "Cwm Taf Morgannwg Safeguarding Board", "Bwrdd Diogelu Cwm Taf Morgannwg", "CTM",
                "Social Media Policy", "Polisi Cyfryngau Cymdeithasol");
        boards.add("chscb", "City & Hackney Safeguarding Children Partnership", null, "CHSCB", "Social Media Policy",
                null);
        stored.organisation(SCHOOL, "Ysgol y Môr", "Ysgol y Môr");
        stored.organisation(NURSERY, "Little Acorns Nursery", null);
        officer = caller(people.add("cwmtaf", "cwmtaf.officer", "Ceri Jones", null, Role.OFFICER));
        senior = caller(people.add("cwmtaf", "cwmtaf.senior", "Gwenllian Morgan", null, Role.SENIOR));
        people.add("cwmtaf", "cwmtaf.senior2", "Rhodri Price", null, Role.SENIOR);
        admin = caller(people.add("cwmtaf", "cwmtaf.admin", "Rhiannon Prys", null, Role.ADMIN));
        member = people.add("cwmtaf", "morgan.evans", "Morgan Evans", SCHOOL, Role.MEMBER);
        colleague = people.add("cwmtaf", "morgan.evans2", "Morgan Evans-Hughes", NURSERY, Role.MEMBER);
        left = people.add("cwmtaf", "dai.left", "Dai Lewis", SCHOOL, Role.MEMBER);
        hr = people.add("cwmtaf", "school.hr", "Siân Ellis", SCHOOL, Role.HR);
        theirMember = people.add("chscb", "sam.okafor", "Sam Okafor", 90L, Role.MEMBER);
        theirOfficer = caller(people.add("chscb", "chscb.officer", "Olivia Okafor", null, Role.OFFICER));
        theirSenior = caller(people.add("chscb", "chscb.senior", "Tunde Bello", null, Role.SENIOR));

        Outbox outbox = new Outbox() {
            @Override
            public long queue(Long caseId, NoticeKind kind, String recipient, String subject, String body) {
                sent.add(new Sent(kind, recipient, subject, body));
                return sent.size();
            }
        };
        ReadAudit readAudit = new ReadAudit() {
            @Override
            public void recordAboutPerson(Reading what, long personId) {
                reads.add(new Read(what, personId));
            }

            @Override
            public void recordOfBoard(Reading what) {
                reads.add(new Read(what, null));
            }
        };
        policies = Wiring.wire(new LowLevelPolicies(), clock, stored.policies, timeline);
        patterns = Wiring.wire(new ConcernPatterns(), clock, stored.alerts, stored.readModel, policies, timeline,
                boards, people, outbox);
        concerns = Wiring.wire(new LowLevelConcerns(), clock, stored.concerns, people, timeline, patterns);
        onCoreEvents = Wiring.wire(new LowLevelOnCoreEvents(), clock, stored.concerns, people, timeline, patterns);
        register = Wiring.wire(new LowLevelRegister(), clock, stored.readModel, stored.concerns, people, readAudit,
                policies);
        reviews = Wiring.wire(new RegisterReviews(), clock, stored.reviews, stored.alerts, stored.readModel, people,
                timeline);
        removal = Wiring.wire(new RegisterRemoval(), stored.concerns, stored.alerts, stored.reviews,
                stored.readModel, policies, timeline);
        forSubjectAccess = Wiring.wire(new RegisterForSubjectAccess(), stored.concerns, stored.reviews,
                stored.alerts, people, policies);
    }

    private static Caller caller(Person person) {
        return new Caller(person.username(), person.displayName(), person.tenantId(), person.roles(),
                person.organisationId());
    }

    /** Today, as the services read it now. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.UK));
    }
}
