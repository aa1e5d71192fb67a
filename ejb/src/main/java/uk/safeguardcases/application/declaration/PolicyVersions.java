package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.declaration.DeclarationProcess;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The board administrator's policy versions (NSCB model policy 4.2 and 11): publishing the clause catalogue as the
 * board's next version, which its process then asks every member to declare, and the versions published so far.
 */
@Stateless
public class PolicyVersions {

    private static final int MAX_TITLE = 300;

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private ClauseRepository clauseRecords;

    @Inject
    private DeclarationRepository declarations;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /**
     * Publishes the clause catalogue as it stands as the board's next policy version; its process then asks every
     * member to declare (in a job of its own, after this commits). Answers the version's number.
     */
    public int publish(PolicyVersionDetails input) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            problems.put("title", DeclarationWords.text("declaration.title.missing"));
        } else if (title.length() > MAX_TITLE) {
            problems.put("title", Texts.text("input.tooLong", MAX_TITLE));
        }
        if (input.effectiveFrom() == null) {
            problems.put("effectiveFrom", DeclarationWords.text("declaration.effectiveFrom.missing"));
        }
        if (input.reviewDate() == null) {
            problems.put("reviewDate", DeclarationWords.text("declaration.reviewDate.missing"));
        } else if (input.effectiveFrom() != null && !input.reviewDate().isAfter(input.effectiveFrom())) {
            problems.put("reviewDate", DeclarationWords.text("declaration.reviewDate.beforeEffective"));
        }
        Person owner = input.ownerPersonId() == null ? null : people.byId(input.ownerPersonId())
                .filter(Person::active).filter(p -> p.organisationId() == null).orElse(null);
        if (owner == null) {
            problems.put("owner", DeclarationWords.text("declaration.owner.missing"));
        }
        Board board = boards.current();
        // Two administrators publishing at once queue here for the board's next number (held until commit).
        boards.lock(board);
        Optional<PolicyVersion> latest = declarations.latest();
        if (input.effectiveFrom() != null && latest.isPresent()
                && latest.get().takesEffectAfter(input.effectiveFrom())) {
            problems.put("effectiveFrom", DeclarationWords.text("declaration.effectiveFrom.beforeLatest",
                    latest.get().number(), Texts.date(latest.get().effectiveFrom())));
        }
        List<PolicyClause> inForce = clauseRecords.inForce();
        if (inForce.isEmpty()) {
            problems.put("title", DeclarationWords.text("declaration.noClauses"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        PolicyVersion version = PolicyVersion.published(declarations.highestNumber() + 1, title,
                input.effectiveFrom(), input.reviewDate(), owner.id(), caller.username(), now, inForce);
        declarations.add(version);
        version.startedAs(processes.start(DeclarationProcess.VERSION_KEY, board.referencePrefix() + "-POLICY-"
                + version.number(), Map.of(DeclarationProcess.VERSION_ID, version.id(),
                DeclarationProcess.REVIEW_REMINDER_AT, Date.from(version.reviewReminderAt(WorkingCalendar.UK, now)))));
        timeline.record(null, AuditAction.POLICY_VERSION_PUBLISHED, "Version " + version.number() + " “" + title
                + "”, in force from " + PlainFormat.day(Locale.ENGLISH, version.effectiveFrom()) + ", to be reviewed by "
                + PlainFormat.day(Locale.ENGLISH, version.reviewDate())
                + "; " + version.clauses().size() + " clauses (SHA-256 " + version.catalogueSha256() + ").");
        return version.number();
    }

    /** The board's versions, newest first. */
    public List<PolicyVersionView> versions() {
        CallerContext.require(Role.ADMIN, Role.SENIOR, Role.OFFICER);
        List<PolicyVersion> all = declarations.versions();
        Map<Long, String> names = DeclarationViews.namesOf(people,
                all.stream().map(PolicyVersion::ownerPersonId).toList());
        Map<String, String> publishers = people.displayNames(all.stream().map(PolicyVersion::publishedBy).toList());
        return all.stream().map(v -> new PolicyVersionView(v.id(), v.number(), v.title(), v.effectiveFrom(),
                v.reviewDate(), names.getOrDefault(v.ownerPersonId(), ""),
                publishers.getOrDefault(v.publishedBy(), v.publishedBy()), v.publishedAt(), v.clauses().size(),
                v.catalogueSha256(), v.membersAsked(), v.reviewRemindedAt())).toList();
    }

    /** Who may own the policy: the board's own active staff (not members or HR partners of an organisation). */
    public List<ManagerChoice> possibleOwners() {
        CallerContext.require(Role.ADMIN);
        return people.activeStaff(500).stream()
                .map(p -> new ManagerChoice(p.id(), p.displayName())).toList();
    }
}
