package uk.safeguardcases.infrastructure.persistence.jpa;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.annotations.TenantId;
import org.hibernate.query.sqm.ComparisonOperator;
import org.hibernate.query.sqm.spi.BaseSemanticQueryWalker;
import org.hibernate.query.sqm.tree.SqmStatement;
import org.hibernate.query.sqm.tree.domain.SqmBasicValuedSimplePath;
import org.hibernate.query.sqm.tree.domain.SqmCorrelation;
import org.hibernate.query.sqm.tree.domain.SqmCteRoot;
import org.hibernate.query.sqm.tree.domain.SqmDerivedRoot;
import org.hibernate.query.sqm.tree.domain.SqmEmbeddedValuedSimplePath;
import org.hibernate.query.sqm.tree.domain.SqmEntityValuedSimplePath;
import org.hibernate.query.sqm.tree.domain.SqmPath;
import org.hibernate.query.sqm.tree.expression.SqmExpression;
import org.hibernate.query.sqm.tree.expression.SqmNamedParameter;
import org.hibernate.query.sqm.tree.from.SqmAttributeJoin;
import org.hibernate.query.sqm.tree.from.SqmCrossJoin;
import org.hibernate.query.sqm.tree.from.SqmCteJoin;
import org.hibernate.query.sqm.tree.from.SqmDerivedJoin;
import org.hibernate.query.sqm.tree.from.SqmEntityJoin;
import org.hibernate.query.sqm.tree.from.SqmFrom;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.query.sqm.tree.predicate.SqmComparisonPredicate;
import org.hibernate.query.sqm.tree.predicate.SqmGroupedPredicate;
import org.hibernate.query.sqm.tree.predicate.SqmJunctionPredicate;
import org.hibernate.query.sqm.tree.predicate.SqmPredicate;
import org.hibernate.query.sqm.tree.select.SqmQuerySpec;

/**
 * Whether a query restricts, itself, everything of a board it reads to the board named by its {@code :board}
 * parameter, as the board's filter would: every entity carrying the board ({@code @TenantId}) that it reads from, in
 * its {@code from}, its joins (by entity or by association) and its subqueries, must be held to
 * {@code <alias>.tenantId = :board} by a condition that every row it returns must meet (a conjunct of its query's
 * {@code where}, or of the join's {@code on}). A path that reaches into another entity of a board without a join
 * of its own ({@code a.clause.reference}) is refused; one to its id alone ({@code c.organisation.id}) reads only the
 * row's own column. Derived tables and common table expressions are refused: the check does not look into them.
 */
final class BoardCondition {

    static final String PARAMETER = "board";

    /** The answer for each query string, worked out once (the query strings are the repositories' own). */
    private static final Map<String, List<String>> CHECKED = new ConcurrentHashMap<>();
    /** The name of the {@code @TenantId} attribute of each entity class, or "" for one that does not carry a board. */
    private static final Map<Class<?>, String> BOARD_ATTRIBUTE = new ConcurrentHashMap<>();

    private BoardCondition() {
    }

    /** What lets rows of another board through in {@code statement} (the query {@code hql}); empty when nothing does. */
    static List<String> gapsIn(String hql, SqmStatement<?> statement) {
        return CHECKED.computeIfAbsent(hql, any -> {
            Walker walker = new Walker();
            statement.accept(walker);
            return List.copyOf(walker.gaps);
        });
    }

    /** The name of the attribute holding the board, or "" when {@code type} carries none. */
    static String boardAttributeOf(Class<?> type) {
        return BOARD_ATTRIBUTE.computeIfAbsent(type, t -> {
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(TenantId.class)) {
                        return field.getName();
                    }
                }
            }
            return "";
        });
    }

    private static final class Walker extends BaseSemanticQueryWalker {

        private final Deque<SqmQuerySpec<?>> specs = new ArrayDeque<>();
        private final List<String> gaps = new ArrayList<>();

        @Override
        public Object visitQuerySpec(SqmQuerySpec<?> querySpec) {
            specs.push(querySpec);
            try {
                return super.visitQuerySpec(querySpec);
            } finally {
                specs.pop();
            }
        }

        // The walker reaches each query's roots and joins through these, not through the visit methods.
        @Override
        protected void consumeFromClauseRoot(SqmRoot<?> root) {
            if (root instanceof SqmDerivedRoot<?> || root instanceof SqmCteRoot<?>) {
                gaps.add("a derived table or common table expression (not checked)");
            } else if (!(root instanceof SqmCorrelation<?, ?>)) { // a subquery's use of its outer query's alias
                requireBoard(root, null);
            }
            super.consumeFromClauseRoot(root);
        }

        @Override
        protected void consumeAttributeJoin(SqmAttributeJoin<?, ?> join, boolean transitive) {
            requireBoard(join, join.getJoinPredicate());
            super.consumeAttributeJoin(join, transitive);
        }

        @Override
        protected void consumeEntityJoin(SqmEntityJoin<?> join, boolean transitive) {
            requireBoard(join, join.getJoinPredicate());
            super.consumeEntityJoin(join, transitive);
        }

        @Override
        protected void consumeCrossJoin(SqmCrossJoin<?> join, boolean transitive) {
            requireBoard(join, null);
            super.consumeCrossJoin(join, transitive);
        }

        @Override
        protected void consumeDerivedJoin(SqmDerivedJoin<?> join, boolean transitive) {
            gaps.add("a join to a derived table (not checked)");
            super.consumeDerivedJoin(join, transitive);
        }

        @Override
        protected void consumeCteJoin(SqmCteJoin<?> join, boolean transitive) {
            gaps.add("a join to a common table expression (not checked)");
            super.consumeCteJoin(join, transitive);
        }

        @Override
        public Object visitBasicValuedPath(SqmBasicValuedSimplePath<?> path) {
            SqmPath<?> owner = path.getLhs();
            String attribute = path.getReferencedPathSource().getPathName();
            while (owner instanceof SqmEmbeddedValuedSimplePath<?>) {
                owner = owner.getLhs();
                attribute = null; // a value inside an embeddable is never the id
            }
            if (owner instanceof SqmEntityValuedSimplePath<?> entity
                    && !boardAttributeOf(entity.getJavaType()).isEmpty()
                    && !"id".equals(attribute)) {
                gaps.add(path.getNavigablePath().getFullPath() + " (a path into another entity of a board: join it)");
            }
            return super.visitBasicValuedPath(path);
        }

        /** {@code from} must be held to the board by its query's where clause or by {@code on}, if it has a board. */
        private void requireBoard(SqmFrom<?, ?> from, SqmPredicate on) {
            String attribute = boardAttributeOf(from.getJavaType());
            if (attribute.isEmpty()) {
                return;
            }
            SqmQuerySpec<?> spec = specs.peek();
            SqmPredicate where = spec == null || spec.getWhereClause() == null ? null
                    : spec.getWhereClause().getPredicate();
            if (!holdsToBoard(where, from, attribute) && !holdsToBoard(on, from, attribute)) {
                gaps.add(from.getNavigablePath().getFullPath() + " (" + from.getJavaType().getSimpleName()
                        + ") is not held to " + alias(from) + "." + attribute + " = :" + PARAMETER);
            }
        }

        private static String alias(SqmFrom<?, ?> from) {
            return from.getExplicitAlias() == null ? "its alias" : from.getExplicitAlias();
        }

        /** Whether {@code predicate} demands {@code from.<attribute> = :board} of every row it lets through. */
        private static boolean holdsToBoard(SqmPredicate predicate, SqmFrom<?, ?> from, String attribute) {
            if (predicate == null || predicate.isNegated()) {
                return false;
            }
            if (predicate instanceof SqmGroupedPredicate grouped) {
                return holdsToBoard(grouped.getSubPredicate(), from, attribute);
            }
            if (predicate instanceof SqmJunctionPredicate junction) {
                return junction.getOperator() == jakarta.persistence.criteria.Predicate.BooleanOperator.AND
                        && junction.getPredicates().stream().anyMatch(p -> holdsToBoard(p, from, attribute));
            }
            if (predicate instanceof SqmComparisonPredicate comparison
                    && comparison.getSqmOperator() == ComparisonOperator.EQUAL) {
                return isBoardOf(comparison.getLeftHandExpression(), from, attribute)
                        && isBoardParameter(comparison.getRightHandExpression())
                        || isBoardOf(comparison.getRightHandExpression(), from, attribute)
                        && isBoardParameter(comparison.getLeftHandExpression());
            }
            return false;
        }

        private static boolean isBoardOf(SqmExpression<?> expression, SqmFrom<?, ?> from, String attribute) {
            return expression instanceof SqmPath<?> path && path.getLhs() != null
                    && attribute.equals(path.getReferencedPathSource().getPathName())
                    && path.getLhs().getNavigablePath().equals(from.getNavigablePath());
        }

        private static boolean isBoardParameter(SqmExpression<?> expression) {
            return expression instanceof SqmNamedParameter<?> parameter && PARAMETER.equals(parameter.getName());
        }
    }
}
