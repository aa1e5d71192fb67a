package uk.safeguardcases.application.publicconcern;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.security.ServerKeys;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.CoolingOff;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;
import uk.safeguardcases.domain.publicconcern.WorkChallenge;

/**
 * The public pages' services wired by hand over repositories kept in memory, as the container would wire them: no
 * server, no database. Two boards; a clock the test moves; the e-mails queued and the timeline recorded, to be read.
 */
final class PublicPagesInMemory {

    static final String BOARD = "cwmtaf";
    static final String OTHER_BOARD = "chscb";
    static final String ADDRESS = "198.51.100.7";
    /** A real one-pixel PNG: uploads are checked by their content, header included. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    final MovingClock clock = new MovingClock(Instant.parse("2026-05-11T09:00:00Z"));
    final InMemoryReportingBoards boards = new InMemoryReportingBoards();
    final InMemoryReportedCases cases = new InMemoryReportedCases();
    final RecordedOutbox outbox = new RecordedOutbox();
    final InMemoryPublicReportRepository reports = new InMemoryPublicReportRepository(outbox);
    final InMemoryReportThrottleRepository throttles = new InMemoryReportThrottleRepository();
    final InMemoryWorkChallengeRepository challenges = new InMemoryWorkChallengeRepository();
    final RecordedTimeline timeline = new RecordedTimeline();

    final ServerKeys keys = () -> "the tests' throttle key, 32 bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    final PublicPageLimits limits = Wiring.wire(new PublicPageLimits(), clock, throttles, challenges, keys);
    final ReporterFiles files = Wiring.wire(new ReporterFiles(), cases, new SuppliedEvidence(cases));
    final AddressLinks links = Wiring.wire(new AddressLinks(), boards, outbox);
    final PublicPages pages = own(Wiring.wire(new PublicPages(), boards, limits));
    final ConcernIntake intake = own(Wiring.wire(new ConcernIntake(), clock, reports, boards, limits,
            new RaisedCases(cases, boards, clock), new SuppliedEvidence(cases), files, links, timeline));
    final ReporterFollowUp followUp = own(Wiring.wire(new ReporterFollowUp(), clock, reports, cases, limits, files,
            links, timeline));
    final ReportsForOfficers officers = Wiring.wire(new ReportsForOfficers(), clock, reports, cases, boards,
            new ReadCases(cases), timeline, outbox);
    final ReporterDetailsRetention retention = Wiring.wire(new ReporterDetailsRetention(), clock, reports, throttles,
            cases, boards, timeline);

    final ParentOrganisation school;

    PublicPagesInMemory() {
        boards.board(BOARD, "Cwm Taf Safeguarding Board", 12);
        boards.board(OTHER_BOARD, "Cardiff Safeguarding Board", 12);
        school = boards.organisation(BOARD, "Ysgol Gynradd Glan-y-Môr");
        boards.organisation(OTHER_BOARD, "Ysgol Uwchradd Caerdydd");
    }

    /** Hands a session bean the context it asks itself through ({@code getBusinessObject}): here, itself. */
    private static <T> T own(T service) {
        SessionContext context = (SessionContext) Proxy.newProxyInstance(PublicPagesInMemory.class.getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getBusinessObject")) {
                        return service;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return Wiring.wire(service, context);
    }

    /** A concern as a reporter sends it, the page's work done: anonymous unless an e-mail address is given. */
    ConcernFromAnyone concern(String email) {
        String challenge = pages.challenge(BOARD);
        return new ConcernFromAnyone("A post naming a pupil, shared in the village group.",
                "https://social.example.org/posts/4711", null, "Mr Evans", school.id(), null,
                ReporterRelation.PUBLIC, List.of(new ConcernFromAnyone.ReportFile("photo of me.png", "image/png",
                        PNG)), null, email, null, challenge, WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY));
    }

    /** Raises a concern from the page's address; the receipt code. */
    String raise(String email) {
        return intake.raise(BOARD, ADDRESS, Locale.UK, concern(email));
    }

    /** Raises an anonymous concern from another address; the receipt code. */
    String raiseFrom(String address) {
        return intake.raise(BOARD, address, Locale.UK, concern(null));
    }

    /** The case a receipt code's report raised. */
    SafeguardingCase caseOf(String code) {
        return CallerContext.runAs(Caller.system(BOARD), () -> cases.byId(reports.byReceipt(
                uk.safeguardcases.domain.publicconcern.ReceiptCode.digest(code)).orElseThrow().caseId()).orElseThrow());
    }

    /** The board's officer. */
    static Caller officer() {
        return new Caller(BOARD + ".officer", "Gwenllian Morgan", BOARD, Set.of(Role.OFFICER), null);
    }

    /** The case closed as the process closes it, {@code ago} before now. */
    void close(SafeguardingCase raised, ClosureReason reason, Duration ago) {
        raised.close(reason, clock.instant().minus(ago), "Closed.", ZoneId.of("Europe/London"), 12,
                new CoolingOff(CoolingOff.DEFAULT_DAYS));
    }

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}
