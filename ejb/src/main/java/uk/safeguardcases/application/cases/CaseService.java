package uk.safeguardcases.application.cases;

import java.time.Clock;
import uk.safeguardcases.domain.cases.ConcernRaisedAbout;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.people.Person;

import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.application.process.Processes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import uk.safeguardcases.domain.evidence.EvidenceUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.Occurrence;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Role;

/** Raising concerns and reading cases, for the caller's board only. */
@Stateless
public class CaseService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** Who watches a member's concerns over time (the register of low-level concerns) hears of each new one. */
    @Inject
    private jakarta.enterprise.event.Event<ConcernRaisedAbout> raisedAbout;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ClauseRepository clauses;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_LIST = 500;
    /** Before social media: a date earlier than this is a slip of the keyboard. */
    private static final Instant EARLIEST_CONDUCT = Instant.parse("1995-01-01T00:00:00Z");

    @Inject
    private CaseReferences references;

    @Inject
    private CaseLookup lookup;

    @Inject
    private TimelineService timeline;

    @Inject
    private uk.safeguardcases.application.notification.Notifications notifications;

    @Inject
    private Processes processes;

    @Inject
    private EvidenceService evidence;

    /**
     * Raises a concern: the case and its investigation start in one transaction, so either both exist or
     * neither does (and the reference number is given back).
     */
    public CaseSummary raiseConcern(NewConcern concern) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String subject = trimmed(concern.subjectName());
        String summary = trimmed(concern.summary());
        if (subject.isEmpty()) {
            problems.put("subjectName", Texts.text("concern.subjectName.missing"));
        } else if (subject.length() > 200) {
            problems.put("subjectName", Texts.text("concern.subjectName.tooLong"));
        }
        ParentOrganisation organisation = concern.organisationId() == null ? null
                : organisations.byId(concern.organisationId()).orElse(null);
        if (organisation == null) {
            problems.put("organisationId", Texts.text("concern.organisation.missing"));
        }
        if (concern.source() == null) {
            problems.put("source", Texts.text("concern.source.missing"));
        }
        if (summary.isEmpty()) {
            problems.put("summary", Texts.text("concern.summary.missing"));
        } else if (summary.length() > 4000) {
            problems.put("summary", Texts.text("concern.summary.tooLong"));
        }
        Instant now = Instant.now(clock);
        if (concern.occurredAt() != null && concern.occurredAt().isAfter(now.plus(5, ChronoUnit.MINUTES))) {
            problems.put("occurredAt", Texts.text("concern.occurredAt.future"));
        } else if (concern.occurredAt() != null && concern.occurredAt().isBefore(EARLIEST_CONDUCT)) {
            problems.put("occurredAt", Texts.text("concern.occurredAt.tooEarly"));
        } else if (concern.occurredOn() != null
                && concern.occurredOn().isAfter(now.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())) {
            problems.put("occurredAt", Texts.text("concern.occurredAt.future"));
        } else if (concern.occurredOn() != null && concern.occurredOn()
                .isBefore(EARLIEST_CONDUCT.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
            problems.put("occurredAt", Texts.text("concern.occurredAt.tooEarly"));
        }
        String contentUrl = trimmed(concern.contentUrl());
        if (!contentUrl.isEmpty()) {
            EvidenceUrl.problem(contentUrl).ifPresent(problem -> problems.put("contentUrl",
                    Texts.text("evidenceUrl." + problem.name(), EvidenceUrl.MAX_LENGTH)));
        }
        Long subjectPersonId = null;
        if (concern.subjectUsername() != null && !concern.subjectUsername().isBlank()) {
            subjectPersonId = people.idOf(concern.subjectUsername().strip()).orElse(null);
            if (subjectPersonId == null) {
                problems.put("subjectUsername", Texts.text("concern.subjectUsername.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        String url = contentUrl.isEmpty() ? null : contentUrl;
        return open(caller, subject, organisation, concern.source(), summary, subjectPersonId,
                c -> c.happened(concern.occurredOn() != null ? Occurrence.on(concern.occurredOn(), url)
                        : Occurrence.at(concern.occurredAt() == null ? null
                                : concern.occurredAt().truncatedTo(ChronoUnit.MINUTES), url)));
    }

    /**
     * Raises a concern with the evidence already captured, in one transaction: if the evidence is refused, the
     * case is not raised either (nothing is left half-made). Problems with the evidence are named
     * {@code evidence.<field>}. With evidence it needs an officer, who may both raise and capture.
     */
    public CaseSummary raiseConcern(NewConcern concern, EvidenceInput firstEvidence) {
        if (firstEvidence == null) {
            return raiseConcern(concern);
        }
        CallerContext.require(Role.OFFICER);
        CaseSummary raised = raiseConcern(concern);
        try {
            evidence.capture(raised.reference(), firstEvidence);
        } catch (InvalidInputException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.fieldMessages().forEach((field, message) -> problems.put("evidence." + field, message));
            throw new InvalidInputException(problems);
        }
        return raised;
    }

    /**
     * A member reports something about themselves (Cwm Taf: "employees should notify their manager"): a case
     * about the member, at their own parent organisation, with source self-report, on their own board. The
     * member may say which clause of the board's policy it concerns.
     *
     * @return the new case (its reference is the member's confirmation)
     */
    public CaseSummary selfReport(Long clauseId, String account) {
        Caller caller = CallerContext.require(Role.MEMBER);
        Map<String, String> problems = new LinkedHashMap<>();
        PolicyClause clause = clauseId == null ? null
                : clauses.byId(clauseId).orElse(null);
        if (clauseId != null && clause == null) {
            problems.put("clauseId", Texts.text("selfReport.clause.unknown"));
        }
        String prefix = clause == null ? "" : "About clause " + clause.reference() + ": ";
        String text = trimmed(account);
        if (text.isEmpty()) {
            problems.put("account", Texts.text("selfReport.account.missing"));
        } else if (prefix.length() + text.length() > 4000) {
            problems.put("account", Texts.text("input.tooLong", 4000 - prefix.length()));
        }
        ParentOrganisation organisation = caller.organisationId() == null ? null
                : organisations.byId(caller.organisationId()).orElse(null);
        Long personId = lookup.personIdOf(caller);
        if (organisation == null || personId == null) {
            throw new IllegalStateException("The member's account is not linked to an organisation of the board.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseSummary report = open(caller, caller.displayName(), organisation, CaseSource.SELF_REPORT, prefix + text,
                personId, c -> { });
        tellManager(personId, report.reference());
        return report;
    }

    /**
     * Cwm Taf: "employees should notify their manager". The member's manager (named on their declaration) is told a
     * self-report was made, by its reference only; the case's timeline records it.
     */
    private void tellManager(long personId, String reference) {
        Person member = people.byId(personId).orElse(null);
        Person manager = member == null || member.managerPersonId() == null ? null
                : people.byId(member.managerPersonId()).filter(Person::active).orElse(null);
        if (manager == null) {
            return;
        }
        SafeguardingCase c = lookup.byReference(reference);
        notifications.selfReportToManager(manager, member, c);
        timeline.record(c.id(), AuditAction.MANAGER_TOLD_OF_SELF_REPORT, "Their manager, " + manager.displayName()
                + ", was told that a self-report was made (its reference only).");
    }

    /** The reports the signed-in member made about themselves, newest first, with what they told the board. */
    public List<SelfReport> mySelfReports() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = lookup.personIdOf(caller);
        return caseRecords.selfReportsOf(personId, caller.username(), MAX_LIST).stream()
                .map(c -> new SelfReport(c.reference(), c.raisedAt(), SELF_REPORT_CLAUSE.matcher(c.summary())
                        .replaceFirst(""))).toList();
    }

    /** The note {@link #selfReport} puts before the member's words when they chose a clause. */
    private static final java.util.regex.Pattern SELF_REPORT_CLAUSE = java.util.regex.Pattern.compile(
            "^About clause [^:]+: ");

    private CaseSummary open(Caller caller, String subject, ParentOrganisation organisation, CaseSource source,
            String summary, Long subjectPersonId, Consumer<SafeguardingCase> details) {
        Board board = boards.current();
        Instant now = Instant.now(clock);
        // The board's reference counter is one row every new case of the board locks until its transaction ends (that
        // is what keeps references gap-free): numbered first, the case and its process are made with their reference,
        // and the lock is held for the case's insert, the process's start and the commit. (Made under a provisional
        // reference and numbered last, the process then had to be renamed: two more engine commands, which held the
        // lock as long as the start does and cost a tenth of the investigation's CPU.)
        String reference = references.next(board.id(), board.referencePrefix(), now.atZone(UK).getYear());
        SafeguardingCase safeguardingCase = SafeguardingCase.raise(caseRecords.nextId(), reference, subject,
                organisation, source, summary, caller.username(), now);
        safeguardingCase.subjectHasAccount(subjectPersonId);
        details.accept(safeguardingCase);
        // Stored once, complete: its process's first step (which records itself on the case) and the process's id
        // are on it before it is added, so the case is one insert, not an insert followed by an update at commit.
        caseRecords.opening(safeguardingCase);
        String instance = processes.start(InvestigationProcess.KEY, reference,
                Map.of(InvestigationProcess.CASE_ID, safeguardingCase.id()));
        safeguardingCase.investigatedBy(instance);
        caseRecords.add(safeguardingCase);
        timeline.record(safeguardingCase.id(), AuditAction.CONCERN_RAISED,
                source.label() + "; parent organisation " + organisation.name());
        if (subjectPersonId != null) {
            raisedAbout.fire(new ConcernRaisedAbout(subjectPersonId));
        }
        return summaryOf(safeguardingCase);
    }

    /** The board's cases, newest first. */
    public List<CaseSummary> boardCases() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return caseRecords.latest(MAX_LIST).stream().map(CaseService::summaryOf).toList();
    }

    /** Cases about the HR partner's own organisation's staff that have been referred to them. */
    public List<CaseSummary> referralsToMyOrganisation() {
        Caller caller = CallerContext.require(Role.HR);
        return caseRecords.referredTo(caller.organisationId(), MAX_LIST).stream().map(CaseService::summaryOf).toList();
    }

    public CaseSummary findByReference(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return summaryOf(lookup.byReference(reference));
    }

    public List<TimelineLine> timelineOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return timeline.forCase(lookup.toRead(reference).id()).stream().map(TimelineLine::of).toList();
    }

    static CaseSummary summaryOf(SafeguardingCase c) {
        return new CaseSummary(c.id(), c.reference(), c.subjectName(),
                Texts.wording(c.organisation().name(), c.organisation().nameCy()), c.source().label(),
                c.status().label(), c.raisedAt(), c.raisedBy(), c.source(), c.status(), c.hold().held());
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
