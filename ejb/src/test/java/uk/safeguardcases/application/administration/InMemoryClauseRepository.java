package uk.safeguardcases.application.administration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;

/** The clauses of every board in a list, each query narrowed to the caller's board as the tenant filter narrows it. */
public class InMemoryClauseRepository implements ClauseRepository {

    private final List<PolicyClause> stored = new ArrayList<>();
    private final Map<Long, Long> citations = new HashMap<>();
    private long lastId;

    /** A clause of {@code board}, stored as it would be by that board's administrator. */
    public PolicyClause storedFor(String board, PolicyClause clause) {
        Wiring.set(clause, "tenantId", board);
        Wiring.set(clause, "id", ++lastId);
        stored.add(clause);
        return clause;
    }

    /** {@code count} allegations now cite the clause. */
    void cite(PolicyClause clause, long count) {
        citations.put(clause.id(), count);
    }

    private List<PolicyClause> ours() {
        String board = CallerContext.current().tenantId();
        return stored.stream().filter(c -> c.tenantId().equals(board)).toList();
    }

    @Override
    public List<PolicyClause> all() {
        return ours().stream().sorted(Comparator.comparing(PolicyClause::retired)
                .thenComparing(PolicyClause::sortOrder).thenComparing(PolicyClause::reference)
                .thenComparing(PolicyClause::versionNo)).toList();
    }

    @Override
    public List<PolicyClause> inForce() {
        return ours().stream().filter(c -> !c.retired())
                .sorted(Comparator.comparing(PolicyClause::sortOrder).thenComparing(PolicyClause::id)).toList();
    }

    @Override
    public Optional<PolicyClause> inForce(String reference) {
        return ours().stream().filter(c -> !c.retired() && c.reference().equals(reference))
                .max(Comparator.comparing(PolicyClause::versionNo));
    }

    @Override
    public List<Long> idsInForce(String reference) {
        return ours().stream().filter(c -> !c.retired() && c.reference().equals(reference)).map(PolicyClause::id)
                .toList();
    }

    @Override
    public Optional<PolicyClause> inForceById(long id) {
        return byId(id).filter(c -> !c.retired());
    }

    @Override
    public Optional<PolicyClause> byId(long id) {
        return ours().stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public Integer lastSortOrder() {
        return ours().stream().map(PolicyClause::sortOrder).max(Integer::compare).orElse(null);
    }

    @Override
    public Integer lastVersion(String reference) {
        return ours().stream().filter(c -> c.reference().equals(reference)).map(PolicyClause::versionNo)
                .max(Integer::compare).orElse(null);
    }

    @Override
    public long citations(long clauseId) {
        return citations.getOrDefault(clauseId, 0L);
    }

    @Override
    public Map<Long, Long> citations() {
        Map<Long, Long> ours = new HashMap<>();
        ours().forEach(c -> {
            if (citations.containsKey(c.id())) {
                ours.put(c.id(), citations.get(c.id()));
            }
        });
        return ours;
    }

    @Override
    public void add(PolicyClause clause) {
        storedFor(CallerContext.current().tenantId(), clause);
    }

    @Override
    public void addVersion(PolicyClause next) {
        add(next);
    }

    @Override
    public void remove(PolicyClause clause) {
        stored.remove(clause);
    }
}
