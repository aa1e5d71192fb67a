package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.ChainCheckView;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.ConcernRehearsal;
import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.people.Role;

/**
 * The concern the warm-up raises for its case page is given a case's history (an allegation, evidence items and notes)
 * in its own transaction, seen by nothing outside it and rolled back with it: nothing of it is kept, another board
 * never sees it, and the board's audit chain is whole afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernRehearsalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(ConcernRehearsalIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Test
    void theCasePagesConcernHasAHistoryInItsTransactionAndNoneAfterIt() throws Exception {
        ConcernRehearsal rehearsal = bean(ConcernRehearsal.class);
        ConcernRehearsal.Stage stage = rehearsal.quietestBoard(LocalDate.now(ZoneId.of("Europe/London")).getYear())
                .orElseThrow();
        String other = stage.tenantId().equals("chscb") ? "nscb" : "chscb";
        Caller warmUp = new Caller("warm-up", "Warm-up", stage.tenantId(),
                EnumSet.of(Role.OFFICER, Role.SENIOR, Role.ADMIN), null);
        long casesBefore = count("select count(*) from safeguarding_case", null);
        long entriesBefore = count("select count(*) from timeline_entry where tenant_id = ?", stage.tenantId());

        transaction.begin();
        String reference;
        try {
            reference = CallerContext.runAs(warmUp, () -> rehearsal.raiseToBeRolledBack(stage));
            long caseId = count("select id from safeguarding_case where reference = ? and tenant_id = '"
                    + stage.tenantId() + "'", reference);
            assertThat(count("select count(*) from allegation where case_id = " + caseId
                    + " and particulars like 'Warm-up%'", null)).as("the rehearsed allegation").isEqualTo(1);
            assertThat(count("select count(*) from evidence where case_id = " + caseId
                    + " and captured_text like 'Warm-up%'", null)).as("the rehearsed evidence").isEqualTo(10);
            assertThat(count("select count(*) from timeline_entry where case_id = " + caseId
                    + " and detail like 'Warm-up%'", null)).as("the rehearsed notes").isEqualTo(25);
            // All of it the chosen board's own, none another board's.
            for (String table : new String[] {"allegation", "evidence", "timeline_entry"}) {
                assertThat(count("select count(*) from " + table + " where case_id = " + caseId
                        + " and tenant_id <> ?", stage.tenantId())).as(table + " rows of another board").isZero();
            }
        } finally {
            transaction.rollback();
        }

        assertThat(count("select count(*) from safeguarding_case", null)).as("cases after the rollback")
                .isEqualTo(casesBefore);
        assertThat(count("select count(*) from safeguarding_case where reference = ?", reference)).isZero();
        // Neither the board it was rehearsed on nor another finds it.
        for (String board : new String[] {stage.tenantId(), other}) {
            assertThatThrownBy(() -> as(board + ".officer", () -> bean(CaseService.class).findByReference(reference)))
                    .as(board + "'s officer asking for the rehearsed concern")
                    .isInstanceOf(NotFoundException.class).hasMessageContaining(reference);
        }
        assertThat(count("select count(*) from allegation where particulars like 'Warm-up%'", null)).isZero();
        assertThat(count("select count(*) from evidence where captured_text like 'Warm-up%'", null)).isZero();
        assertThat(count("select count(*) from timeline_entry where detail like 'Warm-up%'", null)).isZero();
        assertThat(count("select count(*) from timeline_entry where tenant_id = ?", stage.tenantId()))
                .as("the board's timeline entries after the rollback").isEqualTo(entriesBefore);
        ChainCheckView check = CallerContext.runAs(new Caller("chain-check", "Chain check", stage.tenantId(),
                EnumSet.of(Role.ADMIN), null), () -> bean(AuditChainChecks.class).checkNow());
        assertThat(check.intact()).as("the board's audit chain after the rollback: " + check.problem()).isTrue();
    }

    /** A single number from the database: a count, or an id. */
    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getLong(1);
            }
        }
    }
}
