package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.caller;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseListReadModel;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.dashboard.DashboardReadModel;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationRepository;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.evidence.EvidenceRecords;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.requests.MemberRequestRepository;
import uk.safeguardcases.infrastructure.persistence.jpa.BoardQuery;

/**
 * Issue 61, "Translate each query once": the queries of the case page, the case list and the dashboard hold their rows
 * to the board themselves and run with the session's filters off ({@code BoardQuery}), so that Hibernate keeps their
 * plans. Another board's rows never come back through them, not through a join, a subquery, nor a row that points
 * across boards (which no service writes: here written straight to the tables); a query that does not hold every row
 * of a board to {@code :board} is refused before it runs; and run again, they are not translated again.
 */
@ExtendWith(ArquillianExtension.class)
class BoardQueriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(BoardQueriesIT.class, SqlTranslations.class);
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @PersistenceContext(unitName = "safeguard")
    private EntityManager em;

    @Test
    void anotherBoardsRowsNeverComeBackThroughTheQueriesThatRunWithTheFiltersOff() throws Exception {
        TestBoard ours = TestBoard.like("chscb");
        TestBoard theirs = TestBoard.like("chscb");
        String our = CaseFixtures.raise(ours.id(), "Rhian “ein” Jones", "A post naming a pupil at Ysgol y Wern.");
        CaseFixtures.triage(ours.id(), our, false);
        CaseFixtures.allege(ours.id(), our, 0, "A photograph of a child’s “first day”.");
        String their = CaseFixtures.raise(theirs.id(), "Dafydd – eraill", "A post naming a pupil at Ysgol Glan Ceubal.");
        CaseFixtures.triage(theirs.id(), their, false);
        CaseFixtures.allege(theirs.id(), their, 0, "A photograph of a child at a school gate.");
        long ourEvidence = CaseFixtures.captureText(ours.id(), our, "“Ysgol y Wern” – £5 raffle 🙂", true).id();
        CaseFixtures.captureText(theirs.id(), their, "A post at Ysgol Glan Ceubal.", true);
        long ourId = caseId(our);
        long theirId = caseId(their);
        long ourClause = clauseOf(ourId);
        long theirClause = clauseOf(theirId); // the same reference as ours: both boards copy chscb's clauses
        long theirOtherClause = otherClause(theirs.id(), reference(theirClause));
        // Rows that point across boards, which no service writes: their request about our case, and an allegation on
        // our case that cites their clause. Every query must still hold each row it reads to our board.
        CaseFixtures.insertRemovalRequest(dataSource, theirs.id(), ourId);
        insertAllegation(ours.id(), ourId, theirOtherClause);
        String ourReference = reference(ourClause);
        Set<Long> ourClauseVersions = idsOf("policy_clause", ours.id());
        Caller officer = caller(ours.officer());

        List<Runnable> reads = new ArrayList<>();
        reads.add(() -> assertThat(bean(DashboardReadModel.class).openCasesByStep().values().stream()
                .mapToLong(Long::longValue).sum()).as("open cases by step").isEqualTo(1));
        reads.add(() -> assertThat(bean(DashboardReadModel.class).openCasesByWhom().values().stream()
                .mapToLong(Long::longValue).sum()).as("open cases by whom").isEqualTo(1));
        reads.add(() -> assertThat(bean(DashboardReadModel.class).casesRaisedByWhomSince(
                Instant.now().minus(1, ChronoUnit.DAYS)).values().stream().mapToLong(Long::longValue).sum())
                .as("raised by whom").isEqualTo(1));
        reads.add(() -> assertThat(bean(DashboardReadModel.class).casesRaisedPerMonthSince(
                Instant.now().minus(40, ChronoUnit.DAYS)).values().stream().mapToLong(Long::longValue).sum())
                .as("raised per month").isEqualTo(1));
        reads.add(() -> assertThat(bean(DashboardReadModel.class).casesPerClauseReference().keySet())
                .as("clauses alleged, through the allegation's join to its clause")
                .containsExactly(ourReference));
        reads.add(() -> assertThat(bean(DashboardReadModel.class).clauseVersions().stream()
                .map(DashboardReadModel.ClauseVersion::id).collect(Collectors.toSet()))
                .as("clause versions").isEqualTo(ourClauseVersions));
        reads.add(() -> assertThat(bean(DashboardReadModel.class).deadlinesBefore(
                Instant.now().plus(60, ChronoUnit.DAYS), 50))
                .as("deadlines, their request about our case through the join to our case").isEmpty());
        reads.add(() -> assertThat(bean(CaseListReadModel.class).pageIds(CaseFilter.any(), null, 0, 50))
                .as("the case list").containsExactly(ourId));
        reads.add(() -> assertThat(bean(CaseListReadModel.class).pageIds(CaseFilter.any(),
                new CaseSort(CaseSort.Column.ORGANISATION, true), 0, 50))
                .as("the case list by organisation, joined").containsExactly(ourId));
        reads.add(() -> assertThat(bean(CaseListReadModel.class).count(CaseFilter.any())).isEqualTo(1));
        reads.add(() -> assertThat(bean(CaseListReadModel.class).pageIds(byClause(ourClause), null, 0, 50))
                .as("by our clause, through the subqueries").containsExactly(ourId));
        reads.add(() -> assertThat(bean(CaseListReadModel.class).pageIds(byClause(theirClause), null, 0, 50))
                .as("by their clause of the same reference, through the subqueries").isEmpty());
        reads.add(() -> assertThat(bean(CaseListReadModel.class).pageIds(byClause(theirOtherClause), null, 0, 50))
                .as("by their clause our case's odd allegation cites").isEmpty());
        reads.add(() -> assertThat(bean(ClauseRepository.class).inForce()).extracting(PolicyClause::tenantId)
                .containsOnly(ours.id()));
        reads.add(() -> assertThat(bean(OrganisationRepository.class).activeByName())
                .extracting(ParentOrganisation::tenantId).isNotEmpty().containsOnly(ours.id()));
        reads.add(() -> assertThat(bean(OfficialAccountRepository.class).accounts())
                .allSatisfy(account -> assertThat(account.tenantId()).isEqualTo(ours.id())));
        reads.add(() -> assertThat(bean(MemberRequestRepository.class).ofCase(ourId))
                .as("their request about our case").isEmpty());
        reads.add(() -> assertThat(bean(TimelineRepository.class).ofCase(theirId)).as("their timeline").isEmpty());
        reads.add(() -> assertThat(bean(ReferralRepository.class).ofCase(theirId)).isEmpty());
        reads.add(() -> assertThat(bean(ReferralRepository.class).externalOf(theirId)).isEmpty());
        reads.add(() -> assertThat(bean(CaseRepository.class).hasAllegation(theirId)).isFalse());
        reads.add(() -> assertThat(bean(CaseRepository.class).hasAllegation(ourId)).isTrue());
        reads.add(() -> assertThat(bean(TimelineRepository.class).ofCase(ourId)).isNotEmpty());
        reads.add(() -> assertThat(bean(TimelineRepository.class).lastSequence(ours.id())).as("our chain's head")
                .isPresent());
        reads.add(() -> assertThat(bean(EvidenceRecords.class).ofCase(ourId)).extracting(e -> e.id())
                .containsExactly(ourEvidence));
        reads.add(() -> assertThat(bean(EvidenceRecords.class).shownToMemberOnCase(ourId))
                .containsExactly(ourEvidence));
        reads.add(() -> assertThat(bean(EvidenceRecords.class).ofCase(theirId)).isEmpty());
        reads.add(() -> assertThat(bean(EvidenceRecords.class).reviewsOnCase(theirId)).isEmpty());
        reads.add(() -> assertThat(bean(EvidenceRecords.class).shownToMemberOnCase(theirId)).isEmpty());

        transaction.begin();
        try {
            CallerContext.runAs(officer, () -> runAll(reads));
            // A fetch join cannot name its clause's board (JPA forbids the alias): this one runs with the filters on.
            CallerContext.runAs(officer, () -> assertThat(bean(AllegationRepository.class).allegationsOn(ourId))
                    .as("our case's allegations, fetched with their clauses").hasSize(1)
                    .allSatisfy(a -> assertThat(a.clause().id()).isEqualTo(ourClause)));
            long translated;
            String trees;
            try (SqlTranslations counting = new SqlTranslations(true)) {
                CallerContext.runAs(officer, () -> runAll(reads));
                translated = counting.count();
                trees = counting.trees();
            }
            assertThat(translated).as(trees + "\nselects translated again when run a second time (with the board's filter on,"
                    + " Hibernate translates every query at every execution)").isZero();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theirOfficerFindsNothingOfOursThroughTheSameQueries() throws Exception {
        TestBoard ours = TestBoard.like("chscb");
        TestBoard theirs = TestBoard.like("chscb");
        String our = CaseFixtures.raise(ours.id(), "Siân ap Dafydd", "A comment about a family on “Cymuned Cwm”.");
        long ourId = caseId(our);
        Caller theirOfficer = caller(theirs.officer());
        transaction.begin();
        try {
            CallerContext.runAs(theirOfficer, () -> {
                assertThat(bean(CaseListReadModel.class).pageIds(CaseFilter.any(), null, 0, 50)).isEmpty();
                assertThat(bean(CaseListReadModel.class).count(CaseFilter.any())).isZero();
                assertThat(bean(DashboardReadModel.class).openCasesByStep()).isEmpty();
                assertThat(bean(TimelineRepository.class).ofCase(ourId)).isEmpty();
                assertThat(bean(CaseRepository.class).byReference(our)).isEmpty();
            });
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aQueryThatDoesNotHoldEveryRowOfABoardToTheBoardIsRefused() throws Exception {
        Caller officer = caller("chscb.officer");
        List<String> refused = List.of(
                "select c.id from SafeguardingCase c",
                "select c.id from SafeguardingCase c where c.tenantId = :board or c.id = 1",
                "select c.id from SafeguardingCase c where c.tenantId <> :board",
                "select c.id from SafeguardingCase c where not (c.tenantId = :board)",
                "select c.id from SafeguardingCase c where c.tenantId = :board"
                        + " and c.id in (select a.caseId from Allegation a)",
                "select c.id from SafeguardingCase c where c.tenantId = :board and exists"
                        + " (select r.id from Referral r where r.caseId = c.id)",
                "select c.id from SafeguardingCase c join MemberRequest r on r.caseId = c.id"
                        + " where c.tenantId = :board",
                "select o.name from SafeguardingCase c join c.organisation o where c.tenantId = :board",
                "select a.clause.reference from Allegation a where a.tenantId = :board",
                "select c.id from SafeguardingCase c where c.tenantId = :other");
        transaction.begin();
        try {
            CallerContext.runAs(officer, () -> {
                for (String query : refused) {
                    assertThatThrownBy(() -> BoardQuery.list(em.createQuery(query, Object.class)))
                            .as(query).isInstanceOf(IllegalStateException.class).hasMessageContaining("board");
                }
                assertThat(BoardQuery.list(em.createQuery("select o.name from SafeguardingCase c join c.organisation o"
                        + " where c.tenantId = :board and o.tenantId = :board and exists (select r.id from Referral r"
                        + " where r.tenantId = :board and r.caseId = c.id)", Object.class))).isNotNull();
            });
        } finally {
            transaction.rollback();
        }
    }

    private static void runAll(List<Runnable> reads) {
        reads.forEach(Runnable::run);
    }

    private static CaseFilter byClause(long clauseId) {
        return new CaseFilter(null, null, null, null, clauseId, null, null, null, null);
    }

    private long caseId(String reference) throws Exception {
        return single("select id from safeguarding_case where reference = ?", reference);
    }

    private long clauseOf(long caseId) throws Exception {
        return single("select min(clause_id) from allegation where case_id = ?", caseId);
    }

    private String reference(long clauseId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("select reference from policy_clause where id = ?")) {
            select.setLong(1, clauseId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private long otherClause(String board, String notReference) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("select min(id) from policy_clause where tenant_id = ? and reference <> ?")) {
            select.setString(1, board);
            select.setString(2, notReference);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private Set<Long> idsOf(String table, String board) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("select id from " + table + " where tenant_id = ?")) {
            select.setString(1, board);
            Set<Long> ids = new java.util.HashSet<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        }
    }

    private long single(String sql, Object value) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement(sql)) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private void insertAllegation(String board, long caseId, long clauseId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into allegation (tenant_id, case_id,"
                        + " clause_id, category, severity, particulars, recorded_by, recorded_at)"
                        + " values (?, ?, ?, 'OTHER', 'LOW', 'Written straight to the table.', 'test', ?)")) {
            insert.setString(1, board);
            insert.setLong(2, caseId);
            insert.setLong(3, clauseId);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
