package uk.safeguardcases.application.investigation;

import java.time.Clock;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineRepository;

import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.requests.MemberRequestRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Finds the board's requests to members: a case's request of one kind (there is at most one), and, for a
 * signed-in member, the requests about themselves only. Everything is on the caller's board.
 */
@Stateless
public class MemberRequests {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private MemberRequestRepository requests;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private uk.safeguardcases.domain.allegation.AllegationRepository allegationRecords;

    @Inject
    private TimelineRepository timelineEntries;

    @Inject
    private TimelineService timeline;

    @Inject
    private CaseLookup cases;

    @Inject
    private WorkingCalendar calendar;

    public Optional<MemberRequest> of(long caseId, RequestKind kind) {
        return requests.of(caseId, kind);
    }

    /**
     * The signed-in member's requests, newest first: only those on cases about the member themselves. Each case's
     * clauses and last decision are read for all the requests at once (a member of a large board may have many).
     */
    public List<MemberRequestView> mine() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        if (personId == null) {
            return List.of();
        }
        Map<Long, SafeguardingCase> casesAboutMember = caseRecords.about(personId).stream()
                .collect(Collectors.toMap(SafeguardingCase::id, c -> c));
        if (casesAboutMember.isEmpty()) {
            return List.of();
        }
        return views(requests.ofCases(casesAboutMember.keySet()), casesAboutMember);
    }

    /**
     * One of the signed-in member's requests, read alone.
     *
     * @throws NotFoundException when there is no such request, or it is about someone else (on any board)
     */
    public MemberRequestView mine(long requestId) {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        Optional<MemberRequest> request = personId == null ? Optional.empty() : requests.byId(requestId);
        Optional<SafeguardingCase> aboutMember = request.flatMap(r -> caseRecords.byId(r.caseId()))
                .filter(c -> personId.equals(c.subjectPersonId()));
        if (aboutMember.isEmpty()) {
            throw new NotFoundException(Texts.text("notFound.requestForYou", String.valueOf(requestId)));
        }
        return views(List.of(request.get()), Map.of(aboutMember.get().id(), aboutMember.get())).get(0);
    }

    private List<MemberRequestView> views(List<MemberRequest> found, Map<Long, SafeguardingCase> casesById) {
        WorkingDays days = calendar.workingDays();
        Instant now = Instant.now(clock);
        Set<Long> caseIds = found.stream().map(MemberRequest::caseId).collect(Collectors.toSet());
        Map<Long, List<ClauseView>> clauses = clausesCited(caseIds);
        Set<Long> decided = found.stream().filter(r -> r.decision() != null).map(MemberRequest::caseId)
                .collect(Collectors.toSet());
        Map<Long, TimelineEntry> decisions = lastDecisions(decided);
        return found.stream().map(r -> view(r, casesById.get(r.caseId()), days, now,
                clauses.getOrDefault(r.caseId(), List.of()), decisions.get(r.caseId()))).toList();
    }

    private static MemberRequestView view(MemberRequest request, SafeguardingCase safeguardingCase, WorkingDays days,
            Instant now, List<ClauseView> clausesCited, TimelineEntry lastDecision) {
        CaseStatus step = safeguardingCase.status();
        boolean current = request.setAsideAt() == null;
        boolean waitingStep = current && (request.kind() == RequestKind.REMOVAL ? step == CaseStatus.AWAITING_REMOVAL
                : step == CaseStatus.AWAITING_COOPERATION);
        // Answered, the request no longer waits for the member, though the case's step moves a moment later.
        boolean awaiting = waitingStep && !request.answeredSinceDecision();
        boolean deciding = current && request.kind() == RequestKind.REMOVAL
                && (step == CaseStatus.REVIEWING_CONTEST || step == CaseStatus.DECIDING_EXTENSION);
        LocalDate today = now.atZone(WorkingCalendar.UK).toLocalDate();
        LocalDate due = request.deadline().atZone(WorkingCalendar.UK).toLocalDate();
        TimelineEntry decided = request.decision() == null ? null : lastDecision;
        return new MemberRequestView(request.id(), safeguardingCase.reference(), request.kind(), request.sentAt(),
                request.deadline(), days.workingDaysBetween(today, due), now.isAfter(request.deadline()), awaiting,
                waitingStep || deciding, request.response(), request.responseText(), request.respondedAt(),
                request.decision(), request.nonComplianceAt(), step, clausesCited,
                decided == null ? null : decided.detail(), decided == null ? null : decided.occurredAt(),
                safeguardingCase.decision().outcome(), safeguardingCase.closure().reason(),
                safeguardingCase.closure().closedAt(),
                Texts.wording(safeguardingCase.organisation().name(), safeguardingCase.organisation().nameCy()),
                request.setAsideAt());
    }

    /**
     * The board's last decision on the member's contest or request for more time on each case, as the timeline
     * records it with the officer's reason: the record the member is shown, word for word.
     */
    private Map<Long, TimelineEntry> lastDecisions(Set<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        timeline.flushPending();
        Map<Long, TimelineEntry> last = new HashMap<>();
        timelineEntries.ofCasesRecording(caseIds, DECISIONS).forEach(e -> last.putIfAbsent(e.caseId(), e));
        return last;
    }

    private static final List<String> DECISIONS = java.util.stream.Stream.of(AuditAction.CONTEST_UPHELD,
            AuditAction.CONTEST_REJECTED, AuditAction.MORE_TIME_GIVEN, AuditAction.MORE_TIME_REFUSED)
            .map(AuditAction::label).toList();

    /** The clauses each case's allegations cite, each once, in the policy's order. */
    private Map<Long, List<ClauseView>> clausesCited(Set<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, ClauseView>> clauses = new HashMap<>();
        allegationRecords.allegationsOf(caseIds)
                .forEach(a -> clauses.computeIfAbsent(a.caseId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(a.clause().id(), ClauseView.of(a.clause())));
        Map<Long, List<ClauseView>> cited = new HashMap<>();
        clauses.forEach((caseId, byClause) -> cited.put(caseId, List.copyOf(byClause.values())));
        return cited;
    }
}
