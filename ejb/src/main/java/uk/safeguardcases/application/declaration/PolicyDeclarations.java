package uk.safeguardcases.application.declaration;

import java.time.Clock;
import jakarta.ejb.Stateless;
import uk.safeguardcases.application.PlainFormat;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationProcess;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.declaration.VersionClause;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * Policy declarations (NSCB guidance and model policy 4.2, 5.1, 11 and Appendix 1): a board administrator publishes
 * a version of the policy; every member of the board's organisations is asked to complete the Employee Declaration
 * Form; the member signs it in the portal naming their manager, who countersigns; the member is reminded at 7 and
 * 14 days and their manager told at 21; the policy's owner is reminded of its review date. Every investigation says
 * whether its member had declared the version in force when the conduct happened. Everything is the caller's
 * board's only.
 */
@Stateless
public class PolicyDeclarations {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** A telephone number as people write it: digits, spaces, +, brackets, dashes and dots; 7 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-.]{7,25}$");
    /** The owner is reminded this many days before the review date (or at once, when that is already past). */
    static final int REVIEW_REMINDER_DAYS = 30;
    private static final int MAX_TITLE = 300;

    /** Members asked, or unsigned declarations of earlier versions ended, in one job of a version's process. */
    public static final int BATCH = 200;

    @Inject
    private ClauseRepository clauseRecords;

    @Inject
    private OrganisationRepository organisations;

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

    @Inject
    private DeclarationMail mail;

    @Inject
    private CaseLookup cases;

    // ---------------------------------------------------------------- the administrator: publishing a version

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
                && input.effectiveFrom().isBefore(latest.get().effectiveFrom())) {
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
        List<VersionClause> clauses = new ArrayList<>();
        StringBuilder canonical = new StringBuilder();
        for (PolicyClause c : inForce) {
            clauses.add(new VersionClause(clauses.size() + 1, c.reference(), c.section(), c.text(), c.sectionCy(),
                    c.textCy()));
            canonical.append(c.reference()).append('\u001f').append(c.section()).append('\u001f').append(c.text())
                    .append('\u001f').append(nonNull(c.sectionCy())).append('\u001f').append(nonNull(c.textCy()))
                    .append('\u001e');
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        PolicyVersion version = new PolicyVersion(declarations.highestNumber() + 1, title, input.effectiveFrom(),
                input.reviewDate(), owner.id(), caller.username(), now, clauses,
                ContentHash.sha256Hex(canonical.toString()));
        declarations.add(version);
        version.startedAs(processes.start(DeclarationProcess.VERSION_KEY, board.referencePrefix() + "-POLICY-"
                + version.number(), Map.of(DeclarationProcess.VERSION_ID, version.id(),
                DeclarationProcess.REVIEW_REMINDER_AT, Date.from(reviewReminderAt(version.reviewDate(), now)))));
        timeline.record(null, AuditAction.POLICY_VERSION_PUBLISHED, "Version " + version.number() + " “" + title
                + "”, in force from " + PlainFormat.day(Locale.ENGLISH, version.effectiveFrom()) + ", to be reviewed by "
                + PlainFormat.day(Locale.ENGLISH, version.reviewDate())
                + "; " + clauses.size() + " clauses (SHA-256 " + version.catalogueSha256() + ").");
        return version.number();
    }

    /** The owner's reminder: 30 days before the review date at 09:00, or now when that has passed. */
    static Instant reviewReminderAt(LocalDate reviewDate, Instant now) {
        Instant at = ZonedDateTime.of(reviewDate.minusDays(REVIEW_REMINDER_DAYS), LocalTime.of(9, 0),
                WorkingCalendar.UK).toInstant();
        return at.isBefore(now) ? now : at;
    }

    /** The board's versions, newest first. */
    public List<PolicyVersionView> versions() {
        CallerContext.require(Role.ADMIN, Role.SENIOR, Role.OFFICER);
        List<PolicyVersion> all = declarations.versions();
        Map<Long, String> names = namesOf(all.stream().map(PolicyVersion::ownerPersonId).toList());
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

    // ---------------------------------------------------------------- the version's process

    /**
     * Asks every active member of the board's organisations who has not been asked for this version to declare it,
     * and ends the unsigned declarations of earlier versions (this one asks again) and the earlier versions' wait
     * for review, in batches of {@link #BATCH}: answers true while there may be more to do, and the version's process
     * runs it again, each batch a job and a transaction of its own (a board of 20,000 members asked in one ran the
     * node out of memory, and until then each flush checked every declaration made before it). Idempotent: run
     * again, it asks nobody twice.
     */
    public boolean askMembers(long versionId) {
        return askMembers(versionId, BATCH);
    }

    /** {@link #askMembers(long)} with at most {@code batch} declarations asked or ended. */
    public boolean askMembers(long versionId, int batch) {
        PolicyVersion version = declarations.version(versionId).orElse(null);
        if (version == null || declarations.latest().map(l -> l.number() != version.number()).orElse(true)) {
            return false; // a later version was published before this one's job ran: that one asks
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        boolean first = version.askedAt() == null;
        if (first) {
            for (PolicyVersion earlier : declarations.versions()) {
                if (earlier.number() < version.number() && earlier.processInstanceId() != null) {
                    endWait(earlier.processInstanceId(), DeclarationProcess.AWAITING_REVIEW,
                            DeclarationProcess.VERSION_SUPERSEDED);
                }
            }
        }
        int done = 0;
        int superseded = 0;
        for (Declaration old : declarations.openBefore(versionId, batch)) {
            done++;
            if (old.supersede(now)) {
                superseded++;
                endWait(old.processInstanceId(), DeclarationProcess.DECLARE, DeclarationProcess.SUPERSEDED);
            }
        }
        List<Person> members = done == batch ? List.of() : declarations.membersNotAsked(versionId, batch - done);
        for (Person member : members) {
            ask(version, member, now);
            done++;
        }
        if (first || !members.isEmpty() || superseded > 0) {
            version.asked(members.size(), now);
            timeline.record(null, AuditAction.DECLARATIONS_ASKED, "Version " + version.number() + ": "
                    + PlainFormat.count(members.size(), "member", "members")
                    + " asked to complete the Employee Declaration Form"
                    + (superseded > 0 ? "; " + PlainFormat.count(superseded, "unsigned declaration",
                    "unsigned declarations") + " of earlier versions superseded" : "")
                    + (done == batch ? " (in batches: more to follow)" : "")
                    + ".");
        }
        return done == batch;
    }

    /**
     * A member who joins the board (or becomes a member) after the latest version was published is asked to declare
     * it at once; nothing happens when no version has been published or they were asked already.
     */
    public void askNewMember(long personId) {
        Person person = people.byId(personId).orElse(null);
        if (person == null || !person.active() || person.organisationId() == null
                || !person.roles().contains(Role.MEMBER)) {
            return;
        }
        declarations.latest().filter(v -> v.askedAt() != null)
                .filter(v -> declarations.of(v.id(), personId).isEmpty())
                .ifPresent(v -> {
                    ask(v, person, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
                    v.asked(1, Instant.now(clock));
                    timeline.record(null, AuditAction.DECLARATIONS_ASKED, "Version " + v.number() + ": "
                            + person.displayName() + " asked to complete the Employee Declaration Form on joining.");
                });
    }

    private void ask(PolicyVersion version, Person member, Instant now) {
        Declaration declaration = new Declaration(version.id(), member.id(), member.organisationId(), now);
        declarations.add(declaration);
        declaration.startedAs(processes.start(DeclarationProcess.KEY, "DECLARATION-" + declaration.id(),
                Map.of(DeclarationProcess.DECLARATION_ID, declaration.id(),
                        DeclarationProcess.MEMBER, member.username())));
        mail.asked(member, version.number(), version.title(), version.effectiveFrom());
    }

    private void endWait(String instanceId, String waitingAt, String message) {
        if (instanceId == null) {
            return;
        }
        try {
            processes.deliver(instanceId, waitingAt, message, Map.of());
        } catch (StepUnavailableException e) {
            // it had already moved on (reminded, or ended): nothing waits there any more
        }
    }

    /** The owner's reminder of the review date (from the version's timer): recorded and e-mailed once. */
    public void reviewDue(long versionId) {
        declarations.version(versionId).filter(v -> v.remindOfReview(Instant.now(clock))).ifPresent(v -> {
            Person owner = people.byId(v.ownerPersonId()).orElse(null);
            timeline.record(null, AuditAction.POLICY_REVIEW_REMINDER_SENT, "Version " + v.number() + " “" + v.title()
                    + "” is due for review on " + PlainFormat.day(Locale.ENGLISH, v.reviewDate()) + "; its owner"
                    + (owner == null ? "" : ", " + owner.displayName() + ",") + " was reminded.");
            if (owner != null && owner.active()) {
                mail.reviewDue(owner, v.number(), v.title(), v.reviewDate());
            } else {
                for (Person admin : activeWith(Role.ADMIN)) {
                    mail.reviewDue(admin, v.number(), v.title(), v.reviewDate());
                }
            }
        });
    }

    /** The 7-day or the 14-day reminder (from the declaration's timers): recorded and e-mailed once, while unsigned. */
    public void remind(long declarationId, boolean second) {
        declarations.byId(declarationId).filter(d -> d.remind(second, Instant.now(clock))).ifPresent(d -> {
            PolicyVersion version = declarations.version(d.policyVersionId()).orElseThrow();
            Person member = people.byId(d.personId()).orElseThrow();
            timeline.record(null, AuditAction.DECLARATION_REMINDER_SENT, member.displayName() + " reminded ("
                    + (second ? "14" : "7") + " days) to complete the declaration of version " + version.number() + ".");
            if (member.active()) {
                mail.reminder(member, version.number(), version.title(), d.askedAt());
            }
        });
    }

    /**
     * 21 days unsigned (from the declaration's timer): the member's manager is told (model policy 5.1: managers make
     * sure every member of their team completes it), or, with no manager on the member's record, the board's
     * administrators. Recorded once.
     */
    public void escalate(long declarationId) {
        declarations.byId(declarationId).filter(d -> d.escalate(Instant.now(clock))).ifPresent(d -> {
            PolicyVersion version = declarations.version(d.policyVersionId()).orElseThrow();
            Person member = people.byId(d.personId()).orElseThrow();
            Person manager = member.managerPersonId() == null ? null
                    : people.byId(member.managerPersonId()).filter(Person::active).orElse(null);
            List<Person> told = manager != null ? List.of(manager) : activeWith(Role.ADMIN);
            for (Person recipient : told) {
                mail.overdue(recipient, member, manager != null, version.number(),
                        version.title(), d.askedAt());
            }
            timeline.record(null, AuditAction.DECLARATION_ESCALATED, member.displayName() + " has not completed the"
                    + " declaration of version " + version.number() + " in 21 days; "
                    + (manager != null ? "their manager, " + manager.displayName() + ", was told."
                            : "no manager is recorded, so the board's administrators were told."));
        });
    }

    // ---------------------------------------------------------------- the member and their manager, in the portal

    /** The caller's declarations, the one to sign first (with its clauses), then the rest, newest version first. */
    public List<MemberDeclaration> mine() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        if (personId == null) {
            return List.of();
        }
        List<Declaration> own = declarations.ofPerson(personId);
        Map<Long, String> managers = namesOf(own.stream().map(Declaration::managerPersonId).toList());
        String organisation = organisationName(caller.organisationId());
        return own.stream()
                .sorted(Comparator.comparing((Declaration d) -> d.open() ? 0 : 1)
                        .thenComparing(Declaration::policyVersionId, Comparator.reverseOrder()))
                .map(d -> view(d, declarations.version(d.policyVersionId()).orElseThrow(), organisation,
                        managers.get(d.managerPersonId()), d.open()))
                .toList();
    }

    /** What the form starts with: the member's name, and what they wrote on their last declaration. */
    public DeclarationForm lastForm() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        Person me = personId == null ? null : people.byId(personId).orElse(null);
        if (me == null) {
            return new DeclarationForm(caller.displayName(), "", "", "", null);
        }
        Declaration last = declarations.ofPerson(personId).stream().filter(d -> d.declaredAt() != null).findFirst()
                .orElse(null);
        return last == null ? new DeclarationForm(me.displayName(), "", "", "", me.managerPersonId())
                : new DeclarationForm(me.displayName(), last.jobTitle(), last.department(), last.contactNumber(),
                        me.managerPersonId());
    }

    /** Whom the member may name as their manager: the other active people of their organisation on the board. */
    public List<ManagerChoice> managerChoices() {
        Caller caller = CallerContext.require(Role.MEMBER);
        if (caller.organisationId() == null) {
            return List.of();
        }
        return people.activeOfOrganisationBut(caller.organisationId(), caller.username(), 1000).stream()
                .filter(p -> !p.roles().contains(Role.HR) || p.roles().contains(Role.MEMBER))
                .map(p -> new ManagerChoice(p.id(), p.displayName())).toList();
    }

    /**
     * The member signs the Employee Declaration Form. Their manager becomes part of their record and is asked to
     * countersign.
     */
    public void declare(long declarationId, DeclarationForm form) {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        Declaration declaration = declarations.byId(declarationId).filter(d -> d.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.declaration")));
        if (!declaration.open()) {
            throw new TaskAlreadyDoneException(declaration.status() == DeclarationStatus.SUPERSEDED
                    ? DeclarationWords.text("declaration.superseded")
                    : DeclarationWords.text("declaration.alreadySigned"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String name = text(problems, "name", form.name(), 200, DeclarationWords.text("declaration.name.missing"));
        String jobTitle = text(problems, "jobTitle", form.jobTitle(), 200,
                DeclarationWords.text("declaration.jobTitle.missing"));
        String department = text(problems, "department", form.department(), 200,
                DeclarationWords.text("declaration.department.missing"));
        String contact = text(problems, "contactNumber", form.contactNumber(), 40,
                DeclarationWords.text("declaration.contactNumber.missing"));
        if (!contact.isEmpty() && !problems.containsKey("contactNumber") && (!PHONE.matcher(contact).matches()
                || contact.replaceAll("[^0-9]", "").length() < 7 || contact.replaceAll("[^0-9]", "").length() > 15)) {
            problems.put("contactNumber", DeclarationWords.text("declaration.contactNumber.invalid"));
        }
        Person manager = form.managerPersonId() == null ? null : managerChoices().stream()
                .filter(m -> m.id().equals(form.managerPersonId())).findFirst()
                .flatMap(m -> people.byId(m.id())).orElse(null);
        if (manager == null) {
            problems.put("manager", form.managerPersonId() == null
                    ? DeclarationWords.text("declaration.manager.missing")
                    : DeclarationWords.text("declaration.manager.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        declaration.declare(name, jobTitle, department, contact, manager.id(), now);
        people.byId(personId).ifPresent(me -> me.managedBy(manager.id()));
        complete(declaration, DeclarationProcess.DECLARE, caller.username(),
                Map.of(DeclarationProcess.MANAGER, manager.username()));
        PolicyVersion version = declarations.version(declaration.policyVersionId()).orElseThrow();
        timeline.record(null, AuditAction.DECLARATION_SIGNED, name + " signed the Employee Declaration Form for"
                + " version " + version.number() + ", naming " + manager.displayName() + " as their manager.");
        mail.toCountersign(manager, name, version.number(), version.title());
    }

    /** The declarations of the caller's team waiting for their countersignature, oldest first. */
    public List<ToCountersign> toCountersign() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        if (personId == null) {
            return List.of();
        }
        List<Declaration> waiting = declarations.awaitingCountersignatureBy(personId);
        Map<Long, PolicyVersion> versions = new HashMap<>();
        return waiting.stream().map(d -> {
            PolicyVersion v = versions.computeIfAbsent(d.policyVersionId(),
                    id -> declarations.version(id).orElseThrow());
            return new ToCountersign(d.id(), d.declaredName(), v.number(), v.title(), d.declaredAt(), d.jobTitle(),
                    d.department(), d.contactNumber());
        }).toList();
    }

    /** The manager countersigns a team member's declaration: the form is complete. */
    public void countersign(long declarationId) {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        Declaration declaration = declarations.byId(declarationId)
                .filter(d -> personId != null && personId.equals(d.managerPersonId()))
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.declaration")));
        if (declaration.status() != DeclarationStatus.DECLARED) {
            throw new TaskAlreadyDoneException(DeclarationWords.text("declaration.alreadyCountersigned"));
        }
        declaration.countersign(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        complete(declaration, DeclarationProcess.COUNTERSIGN, caller.username(), Map.of());
        PolicyVersion version = declarations.version(declaration.policyVersionId()).orElseThrow();
        timeline.record(null, AuditAction.DECLARATION_COUNTERSIGNED, caller.displayName() + " countersigned "
                + declaration.declaredName() + "’s declaration of version " + version.number() + ".");
    }

    private void complete(Declaration declaration, String task, String username, Map<String, Object> variables) {
        try {
            processes.complete(declaration.processInstanceId(), task, username, variables);
        } catch (StepUnavailableException e) {
            throw new TaskAlreadyDoneException(DeclarationWords.text("declaration.alreadySigned"));
        }
    }

    // ---------------------------------------------------------------- the board: completion, and investigations

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
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        PolicyVersion latest = declarations.latest().orElse(null);
        if (latest == null) {
            return List.of();
        }
        List<DeclarationRecord> records = records(latest);
        timeline.record(null, AuditAction.DECLARATIONS_EXPORTED, "Completion of version " + latest.number()
                + " exported as CSV: " + PlainFormat.count(records.size(), "member", "members") + ".");
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
                    d.secondReminderAt(), d.escalatedAt(), nonNull(d.declaredName()), nonNull(d.jobTitle()),
                    nonNull(d.department()), nonNull(d.contactNumber()), nameOf(d.countersignedBy(), byUsername)));
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

    /**
     * Whether the member of case {@code reference} had declared the version of the policy in force when the conduct
     * happened (when it was posted, else when the concern was raised), and when; in {@code language}. For the board's
     * staff and the HR partner the case was referred to.
     */
    public DeclarationStatement forCase(String reference, Locale language) {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.HR);
        return statementFor(cases.toRead(reference), language);
    }

    /** As {@link #forCase}, for a case the caller's service has already found (the referral pack). */
    public DeclarationStatement statementFor(SafeguardingCase c, Locale language) {
        Object[] said = said(c, language);
        return new DeclarationStatement((Boolean) said[0], (String) said[1],
                Texts.ENGLISH.equals(language) ? (String) said[1] : (String) said(c, Texts.ENGLISH)[1]);
    }

    /** Whether it was declared in time, and the words, in {@code language}. */
    private Object[] said(SafeguardingCase c, Locale language) {
        Instant conductAt = c.occurredAt() != null ? c.occurredAt() : c.raisedAt();
        LocalDate conductOn = conductAt.atZone(WorkingCalendar.UK).toLocalDate();
        if (c.subjectPersonId() == null) {
            return new Object[] {false, DeclarationWords.in(language, "declaration.statement.noAccount")};
        }
        PolicyVersion version = declarations.inForceOn(conductOn).orElse(null);
        if (version == null) {
            return new Object[] {false, DeclarationWords.in(language, "declaration.statement.noVersion",
                    dateIn(language, conductOn))};
        }
        Declaration d = declarations.of(version.id(), c.subjectPersonId()).orElse(null);
        String versionWords = DeclarationWords.in(language, "declaration.statement.version", version.number(),
                titleIn(language, version),
                dateIn(language, version.effectiveFrom()));
        if (d == null || d.declaredAt() == null) {
            String asked = d == null ? DeclarationWords.in(language, "declaration.statement.notAsked")
                    : DeclarationWords.in(language, "declaration.statement.asked", dateIn(language, d.askedAt()));
            return new Object[] {false, DeclarationWords.in(language, "declaration.statement.notDeclared", versionWords,
                    dateIn(language, conductOn), asked)};
        }
        LocalDate declaredOn = d.declaredAt().atZone(WorkingCalendar.UK).toLocalDate();
        String text = DeclarationWords.in(language, "declaration.statement.declared", versionWords,
                dateIn(language, declaredOn))
                + " " + (d.countersignedAt() != null
                        ? DeclarationWords.in(language, "declaration.statement.countersigned",
                                dateIn(language, d.countersignedAt()))
                        : DeclarationWords.in(language, "declaration.statement.notCountersigned"));
        if (d.declaredAt().isAfter(conductAt)) {
            return new Object[] {false, text + " " + DeclarationWords.in(language, "declaration.statement.afterConduct",
                    dateIn(language, conductOn))};
        }
        return new Object[] {true, text};
    }

    private static String dateIn(Locale language, LocalDate day) {
        return Texts.date(language, day);
    }

    private static String dateIn(Locale language, Instant at) {
        return dateIn(language, at.atZone(WorkingCalendar.UK).toLocalDate());
    }

    // ---------------------------------------------------------------- helpers

    private MemberDeclaration view(Declaration d, PolicyVersion v, String organisation, String managerName,
            boolean withClauses) {
        boolean welsh = Texts.isWelsh(CallerContext.current().language());
        List<ClauseLine> clauses = !withClauses ? List.of() : v.clauses().stream().map(c -> {
            boolean inWelsh = welsh && !Texts.welshMissing(c.textCy());
            return new ClauseLine(c.reference(), inWelsh && !Texts.welshMissing(c.sectionCy()) ? c.sectionCy()
                    : c.section(), inWelsh ? c.textCy() : c.text(), inWelsh ? "cy" : "en");
        }).toList();
        return new MemberDeclaration(d.id(), v.number(), titleIn(CallerContext.language(), v), v.effectiveFrom(),
                organisation, clauses,
                d.status(), d.askedAt(), d.declaredAt(), d.declaredName(), d.jobTitle(), d.department(),
                d.contactNumber(), managerName, d.countersignedAt());
    }

    /** The organisation whose disciplinary procedure applies (the board's own for nobody's), as the reader reads it. */
    private String organisationName(Long organisationId) {
        Board board = boards.current();
        String boardName = Texts.wording(board.name(), board.nameCy());
        if (organisationId == null) {
            return boardName;
        }
        return organisations.byId(organisationId).map(o -> Texts.wording(o.name(), o.nameCy())).orElse(boardName);
    }

    /**
     * A version's title in {@code language}. A version has no Welsh title of its own; the one that is the board's
     * policy title reads in the Welsh the board gave for that (others stay English, and pages mark them so).
     */
    private String titleIn(Locale language, PolicyVersion version) {
        Board board = boards.current();
        return version.title().equals(board.policyTitle())
                ? Texts.wording(language, board.policyTitle(), board.policyTitleCy()) : version.title();
    }

    private Map<Long, String> namesOf(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            people.byIds(wanted).forEach(p -> names.put(p.id(), p.displayName()));
        }
        return names;
    }

    private List<Person> activeWith(Role role) {
        return people.activeWith(role);
    }

    private static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.put(field, whenMissing);
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
