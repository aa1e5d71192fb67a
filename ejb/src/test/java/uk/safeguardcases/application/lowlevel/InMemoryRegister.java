package uk.safeguardcases.application.lowlevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelConcernRepository;
import uk.safeguardcases.domain.lowlevel.LowLevelPolicy;
import uk.safeguardcases.domain.lowlevel.LowLevelPolicyRepository;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.lowlevel.PatternAlertRepository;
import uk.safeguardcases.domain.lowlevel.RegisterReview;
import uk.safeguardcases.domain.lowlevel.RegisterReviewRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;

/**
 * Every board's register in lists, with the cases about its members and its organisations' names: its repositories
 * and its read model, each question narrowed to the caller's board as the tenant filter narrows it.
 */
class InMemoryRegister {

    /** A case about a member: when it happened (null: not known), when it was raised, whether it was removed. */
    private record CaseAbout(String board, long personId, Instant occurredAt, Instant raisedAt, boolean removed) {
    }

    private final List<LowLevelConcern> concernsStored = new ArrayList<>();
    private final List<PatternAlert> alertsStored = new ArrayList<>();
    private final List<RegisterReview> reviewsStored = new ArrayList<>();
    private final Map<String, LowLevelPolicy> policiesStored = new HashMap<>();
    private final List<CaseAbout> cases = new ArrayList<>();
    private final Map<Long, String[]> organisations = new HashMap<>();
    private final PersonRepository people;
    private long lastId;

    final Concerns concerns = new Concerns();
    final Alerts alerts = new Alerts();
    final Reviews reviews = new Reviews();
    final Policies policies = new Policies();
    final ReadModel readModel = new ReadModel();

    InMemoryRegister(PersonRepository people) {
        this.people = people;
    }

    /** A case of the caller's board about the member, as the core raised it. */
    void caseAbout(long personId, Instant occurredAt, Instant raisedAt) {
        cases.add(new CaseAbout(board(), personId, occurredAt, raisedAt, false));
    }

    /** A case about the member that its own retention has removed. */
    void removedCaseAbout(long personId, Instant occurredAt) {
        cases.add(new CaseAbout(board(), personId, occurredAt, occurredAt, true));
    }

    void organisation(long id, String name, String nameCy) {
        organisations.put(id, new String[] {name, nameCy});
    }

    /** What only someone at the database could do: date a stored concern's recording earlier. */
    void recordedAt(LowLevelConcern concern, Instant at) {
        Wiring.set(concern, "recordedAt", at);
    }

    private static String board() {
        return CallerContext.current().tenantId();
    }

    private <T> T store(T row, List<T> into) {
        Wiring.set(row, "tenantId", board());
        Wiring.set(row, "id", ++lastId);
        into.add(row);
        return row;
    }

    private static <T> List<T> ours(List<T> rows, java.util.function.Function<T, String> tenant) {
        String board = board();
        return rows.stream().filter(r -> tenant.apply(r).equals(board)).toList();
    }

    private static String tenantOf(Object row) {
        try {
            java.lang.reflect.Field field = row.getClass().getDeclaredField("tenantId");
            field.setAccessible(true);
            return (String) field.get(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    List<LowLevelConcern> concernsOfBoard() {
        return ours(concernsStored, InMemoryRegister::tenantOf);
    }

    List<PatternAlert> alertsOfBoard() {
        return ours(alertsStored, InMemoryRegister::tenantOf);
    }

    List<RegisterReview> reviewsOfBoard() {
        return ours(reviewsStored, InMemoryRegister::tenantOf);
    }

    private <T> boolean delete(List<T> rows, Predicate<T> which) {
        Optional<T> found = rows.stream().filter(r -> tenantOf(r).equals(board())).filter(which).findFirst();
        found.ifPresent(rows::remove);
        return found.isPresent();
    }

    class Concerns implements LowLevelConcernRepository {

        @Override
        public void add(LowLevelConcern concern) {
            store(concern, concernsStored);
        }

        @Override
        public Optional<LowLevelConcern> byId(long id) {
            return concernsOfBoard().stream().filter(l -> l.id() == id).findFirst();
        }

        @Override
        public List<LowLevelConcern> newestFirst(Long personId, int most) {
            return concernsOfBoard().stream().filter(l -> personId == null || l.personId().equals(personId))
                    .sorted(Comparator.comparing(LowLevelConcern::occurredOn).thenComparing(LowLevelConcern::id)
                            .reversed()).limit(most).toList();
        }

        @Override
        public List<LowLevelConcern> ofPersonOldestFirst(long personId) {
            return concernsOfBoard().stream().filter(l -> l.personId() == personId)
                    .sorted(Comparator.comparing(LowLevelConcern::occurredOn).thenComparing(LowLevelConcern::id))
                    .toList();
        }

        @Override
        public List<LowLevelConcern> occurredOnOrBefore(LocalDate day) {
            return concernsOfBoard().stream().filter(l -> !l.occurredOn().isAfter(day)).toList();
        }

        @Override
        public boolean delete(long id) {
            return InMemoryRegister.this.delete(concernsStored, l -> l.id() == id);
        }

        @Override
        public void writeNow() {
            // Nothing waits to be written.
        }
    }

    class Alerts implements PatternAlertRepository {

        @Override
        public void add(PatternAlert alert) {
            store(alert, alertsStored);
        }

        @Override
        public Optional<PatternAlert> latestAbout(long personId) {
            return about(personId).stream().max(Comparator.comparing(PatternAlert::alertedAt));
        }

        @Override
        public List<PatternAlert> about(long personId) {
            return alertsOfBoard().stream().filter(a -> a.personId() == personId).toList();
        }

        @Override
        public List<PatternAlert> aboutOldestFirst(long personId) {
            return about(personId).stream().sorted(Comparator.comparing(PatternAlert::alertedAt)).toList();
        }

        @Override
        public List<PatternAlert> openAbout(long personId) {
            return about(personId).stream().filter(a -> a.reviewedAt() == null).toList();
        }

        @Override
        public List<PatternAlert> openNewestFirst(int most) {
            return alertsOfBoard().stream().filter(a -> a.reviewedAt() == null)
                    .sorted(Comparator.comparing(PatternAlert::alertedAt).reversed()).limit(most).toList();
        }

        @Override
        public List<PatternAlert> all() {
            return alertsOfBoard();
        }

        @Override
        public void remove(PatternAlert alert) {
            alertsStored.remove(alert);
        }

        @Override
        public boolean delete(long id) {
            return InMemoryRegister.this.delete(alertsStored, a -> a.id() == id);
        }

        @Override
        public void writeNow() {
            // Nothing waits to be written.
        }
    }

    class Reviews implements RegisterReviewRepository {

        @Override
        public void add(RegisterReview review) {
            store(review, reviewsStored);
        }

        @Override
        public List<RegisterReview> newestFirst(int most) {
            return reviewsOfBoard().stream().sorted(Comparator.comparing(RegisterReview::reviewedAt).reversed())
                    .limit(most).toList();
        }

        @Override
        public List<RegisterReview> ofPersonOldestFirst(long personId) {
            return reviewsOfBoard().stream().filter(r -> r.personId() != null && r.personId() == personId)
                    .sorted(Comparator.comparing(RegisterReview::reviewedAt)).toList();
        }

        @Override
        public List<RegisterReview> all() {
            return reviewsOfBoard();
        }

        @Override
        public boolean delete(long id) {
            return InMemoryRegister.this.delete(reviewsStored, r -> r.id() == id);
        }
    }

    class Policies implements LowLevelPolicyRepository {

        @Override
        public Optional<LowLevelPolicy> of(String board) {
            return Optional.ofNullable(policiesStored.get(board));
        }

        @Override
        public void add(LowLevelPolicy policy) {
            policiesStored.put(tenantOf(policy), policy);
        }
    }

    class ReadModel implements RegisterReadModel {

        private List<CaseAbout> casesOfBoard() {
            return ours(cases, CaseAbout::board);
        }

        private static Instant happened(CaseAbout c) {
            return c.occurredAt() != null ? c.occurredAt() : c.raisedAt();
        }

        @Override
        public List<LocalDate> standaloneDaysOf(long personId) {
            return concernsOfBoard().stream().filter(l -> l.personId() == personId && l.caseId() == null)
                    .map(LowLevelConcern::occurredOn).toList();
        }

        @Override
        public List<LocalDate> concernDaysOf(long personId) {
            return concernsOfBoard().stream().filter(l -> l.personId() == personId).map(LowLevelConcern::occurredOn)
                    .toList();
        }

        @Override
        public List<Instant> casesAbout(long personId) {
            return casesOfBoard().stream().filter(c -> c.personId() == personId).map(ReadModel::happened).toList();
        }

        @Override
        public List<Instant> casesKeptAbout(long personId) {
            return casesOfBoard().stream().filter(c -> c.personId() == personId && !c.removed())
                    .map(ReadModel::happened).toList();
        }

        @Override
        public Map<Long, List<Instant>> casesAbout(Collection<Long> members) {
            Map<Long, List<Instant>> about = new HashMap<>();
            casesOfBoard().stream().filter(c -> members.contains(c.personId())).forEach(c -> about
                    .computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(happened(c)));
            return about;
        }

        @Override
        public List<ConcernDay> concernDays() {
            return concernsOfBoard().stream().map(l -> new ConcernDay(l.personId(), l.occurredOn(), l.caseId()))
                    .toList();
        }

        @Override
        public List<Long> membersAlerted() {
            return alertsOfBoard().stream().filter(a -> a.reviewedAt() == null).map(PatternAlert::personId).toList();
        }

        @Override
        public Map<Long, Instant> lastReviewed(Collection<Long> members) {
            Map<Long, Instant> last = new HashMap<>();
            reviewsOfBoard().stream().filter(r -> r.personId() != null && members.contains(r.personId()))
                    .forEach(r -> last.merge(r.personId(), r.reviewedAt(), (a, b) -> a.isAfter(b) ? a : b));
            return last;
        }

        @Override
        public Map<Long, Named> named(Collection<Long> ids) {
            Map<Long, Named> named = new HashMap<>();
            if (ids.isEmpty()) {
                return named;
            }
            for (Person p : people.byIds(ids)) {
                String[] o = p.organisationId() == null ? null : organisations.get(p.organisationId());
                named.put(p.id(), new Named(p.displayName(), o == null ? null : o[0], o == null ? null : o[1]));
            }
            return named;
        }

        @Override
        public Map<Long, Long> activeOrganisations(Collection<Long> ids) {
            Map<Long, Long> organisationOf = new HashMap<>();
            people.byIds(ids).stream().filter(Person::active).forEach(p -> organisationOf.put(p.id(),
                    p.organisationId()));
            return organisationOf;
        }

        @Override
        public List<Moment> concernsRecorded() {
            return concernsOfBoard().stream().map(l -> new Moment(l.personId(), l.recordedAt())).toList();
        }

        @Override
        public List<Moment> alertsGiven() {
            return alertsOfBoard().stream().map(a -> new Moment(a.personId(), a.alertedAt())).toList();
        }
    }
}
