package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.caller;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.requests.MemberRequestRepository;

/**
 * An HR partner sees only the cases referred to their own organisation and a member only the cases about themselves,
 * enforced below the services: the repositories (which check no role at all, as a forgetful service would not) find
 * nothing else, while the board's officers find every case of their board.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeBelowTheServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(ScopeBelowTheServicesIT.class);
    }

    @jakarta.inject.Inject
    private uk.safeguardcases.application.cases.BoardCounts boardCounts;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private jakarta.transaction.UserTransaction transaction;

    @Test
    void anHrPartnerFindsOnlyTheReferralsToTheirOwnOrganisation() throws Exception {
        long own = caller("chscb.hr").organisationId();
        long other = otherOrganisation("chscb", own);
        String ours = insertReferredCase("chscb", own, "Rhian “ein” Jones");
        String theirs = insertReferredCase("chscb", other, "Dafydd – eraill");
        String notReferred = insertCase("chscb", own, null, "Heb ei atgyfeirio 🙂");

        assertThat(as("chscb.hr", () -> bean(CaseRepository.class).byReference(ours))).isPresent();
        assertThat(as("chscb.hr", () -> bean(CaseRepository.class).byReference(theirs)))
                .as("another organisation's referral").isEmpty();
        assertThat(as("chscb.hr", () -> bean(CaseRepository.class).byReference(notReferred)))
                .as("a case of their own organisation not referred to them").isEmpty();
        long theirsId = as("chscb.officer", () -> bean(CaseRepository.class).byReference(theirs)).orElseThrow().id();
        assertThat(as("chscb.hr", () -> bean(CaseRepository.class).byId(theirsId))).as("by id too").isEmpty();
        assertThat(as("chscb.hr", () -> bean(ReferralRepository.class).ofCase(theirsId))).isEmpty();
        assertThat(as("chscb.officer", () -> bean(ReferralRepository.class).ofCase(theirsId))).isPresent();
        assertThat(as("chscb.officer", () -> bean(CaseRepository.class).byReference(notReferred))).isPresent();
    }

    @Test
    void theScopeHoldsInATransactionInWhichAnOfficerFoundACaseFirst() throws Exception {
        // An officer's case found by reference is loaded with the scope's filters off for that load (they limit nobody
        // there); in the same transaction they are on again for whoever comes next.
        long own = caller("chscb.hr").organisationId();
        String ours = insertReferredCase("chscb", own, "Siân – “ein” hachos");
        String theirs = insertReferredCase("chscb", otherOrganisation("chscb", own), "Gwyn ŵyr – eraill");
        // Who they are is looked up before the transaction: its session then opens for their board.
        Caller officer = caller("chscb.officer");
        Caller hr = caller("chscb.hr");
        transaction.begin();
        try {
            long theirsId = CallerContext.runAs(officer, () -> bean(CaseRepository.class).byReference(theirs))
                    .orElseThrow().id();
            assertThat(CallerContext.runAs(hr, () -> bean(CaseRepository.class).byReference(theirs)))
                    .as("another organisation's referral, already loaded by the officer").isEmpty();
            assertThat(CallerContext.runAs(hr, () -> bean(ReferralRepository.class).ofCase(theirsId))).isEmpty();
            assertThat(CallerContext.runAs(hr, () -> bean(CaseRepository.class).byReference(ours))).isPresent();
            assertThat(CallerContext.runAs(officer, () -> bean(CaseRepository.class).byReference(ours))
                    .map(c -> c.organisation().id())).contains(own);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theBoardsFilterIsOnAgainAfterAnOfficerFoundACase() throws Exception {
        // An officer's case is loaded by id with the session's filters off for that load, the board's among them; in
        // the same transaction a query must again find only the board's own cases.
        String name = "dafydd ap gwŷn – “ŵyr” " + UUID.randomUUID().toString().substring(0, 6);
        String ours = insertCase("chscb", otherOrganisation("chscb", -1), null, name);
        String looked = insertCase("chscb", otherOrganisation("chscb", -1), null, "Looked up – £5 " + name);
        String theirs = insertReferredCase("nscb", otherOrganisation("nscb", -1), name);
        long theirsId = caseId(theirs);
        Caller officer = caller("chscb.officer");
        transaction.begin();
        try {
            assertThat(CallerContext.runAs(officer, () -> bean(CaseRepository.class).aboutNamed(name)))
                    .extracting(SafeguardingCase::reference).containsExactly(ours);
            // Not yet in the session: the lookup loads it from the database, with the filters off.
            assertThat(CallerContext.runAs(officer, () -> bean(CaseRepository.class).byReference(looked))
                    .map(SafeguardingCase::tenantId)).contains("chscb");
            assertThat(CallerContext.runAs(officer, () -> bean(CaseRepository.class).aboutNamed(name)))
                    .as("after the load, the other board's case with the same name").extracting(
                            SafeguardingCase::reference).containsExactly(ours);
            assertThat(CallerContext.runAs(officer, () -> bean(ReferralRepository.class).ofCase(theirsId)))
                    .as("the other board's referral").isEmpty();
            assertThat(CallerContext.runAs(officer, () -> bean(CaseRepository.class).byReference(theirs)))
                    .as("the other board's case by its reference").isEmpty();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theMembersScopeHoldsInATransactionInWhichAnOfficerFoundACaseFirst() throws Exception {
        long organisation = caller("chscb.member").organisationId();
        String mine = insertCase("chscb", organisation, personId("chscb.member"), "Morgan Evans – “fy achos”");
        String someoneElses = insertCase("chscb", organisation, personId("chscb.officer2"), "Rhywun arall – “cudd” 2");
        long otherId = caseId(someoneElses);
        CaseFixtures.insertRemovalRequest(dataSource, "chscb", otherId);
        Caller officer = caller("chscb.officer");
        Caller member = caller("chscb.member");
        transaction.begin();
        try {
            assertThat(CallerContext.runAs(member, () -> bean(CaseRepository.class).byReference(mine))).isPresent();
            assertThat(CallerContext.runAs(officer, () -> bean(CaseRepository.class).byReference(mine))).isPresent();
            assertThat(CallerContext.runAs(officer, () -> bean(MemberRequestRepository.class).ofCase(otherId)))
                    .hasSize(1);
            assertThat(CallerContext.runAs(member, () -> bean(CaseRepository.class).byReference(someoneElses)))
                    .as("someone else's case, after the officer's lookups").isEmpty();
            assertThat(CallerContext.runAs(member, () -> bean(MemberRequestRepository.class).ofCase(otherId)))
                    .as("a request about someone else's case").isEmpty();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aMemberFindsOnlyTheCasesAboutThemselves() throws Exception {
        long organisation = caller("chscb.member").organisationId();
        long memberId = personId("chscb.member");
        String mine = insertCase("chscb", organisation, memberId, "Morgan Evans");
        String someoneElses = insertCase("chscb", organisation, personId("chscb.officer2"), "Rhywun arall – “cudd”");
        long otherId = as("chscb.officer", () -> bean(CaseRepository.class).byReference(someoneElses)).orElseThrow().id();
        CaseFixtures.insertRemovalRequest(dataSource, "chscb", otherId);

        assertThat(as("chscb.member", () -> bean(CaseRepository.class).byReference(mine)).map(SafeguardingCase::id))
                .isPresent();
        assertThat(as("chscb.member", () -> bean(CaseRepository.class).byReference(someoneElses))).isEmpty();
        assertThat(as("chscb.member", () -> bean(CaseRepository.class).byId(otherId))).isEmpty();
        assertThat(as("chscb.member", () -> bean(MemberRequestRepository.class).ofCase(otherId))).isEmpty();
        assertThat(as("chscb.officer", () -> bean(MemberRequestRepository.class).ofCase(otherId))).hasSize(1);
        assertThat(as("nscb.member", () -> bean(CaseRepository.class).byReference(mine)))
                .as("another board's member").isEmpty();
    }

    @Test
    void anHrPartnerWithNoOrganisationAndAMemberWithNoUsernameFindNoCase() throws Exception {
        long own = caller("chscb.hr").organisationId();
        long memberId = personId("chscb.member");
        String referred = insertReferredCase("chscb", own, "Gwenllïan “dim” Ŵyn – £5 🙂");
        String aboutTheMember = insertCase("chscb", own, memberId, "Morgan \u200fEvans");
        long referredId = caseId(referred);
        Caller hrWithNoOrganisation = new Caller("chscb.hr", "HR", "chscb", Set.of(Role.HR), null);
        Caller memberWithNoUsername = new Caller(null, "Member", "chscb", Set.of(Role.MEMBER), own);

        // Outside a transaction and inside one (where a lookup by reference for an unlimited caller loads the case
        // with the session's filters off: these two must not be taken for unlimited callers).
        for (boolean inATransaction : new boolean[] {false, true}) {
            if (inATransaction) {
                transaction.begin();
            }
            try {
                for (Caller limitedToNothing : List.of(hrWithNoOrganisation, memberWithNoUsername)) {
                    String who = limitedToNothing.roles() + (inATransaction ? " in a transaction" : "");
                    for (String reference : List.of(referred, aboutTheMember)) {
                        assertThat(CallerContext.runAs(limitedToNothing,
                                () -> bean(CaseRepository.class).byReference(reference)))
                                .as(who + " finds " + reference).isEmpty();
                    }
                    assertThat(CallerContext.runAs(limitedToNothing, () -> bean(CaseRepository.class).byId(referredId)))
                            .as(who).isEmpty();
                    assertThat(CallerContext.runAs(limitedToNothing,
                            () -> bean(ReferralRepository.class).ofCase(referredId))).as(who).isEmpty();
                }
            } finally {
                if (inATransaction) {
                    transaction.rollback();
                }
            }
        }
        assertThat(as("chscb.hr", () -> bean(CaseRepository.class).byReference(referred)))
                .as("the same HR partner with their organisation").isPresent();
        assertThat(as("chscb.member", () -> bean(CaseRepository.class).byReference(aboutTheMember)))
                .as("the same member with their username").isPresent();
    }

    private long otherOrganisation(String board, long not) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id from parent_organisation where tenant_id = ? and id <> ? order by id")) {
            select.setString(1, board);
            select.setLong(2, not);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private long caseId(String reference) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id from safeguarding_case where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private long personId(String username) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from person where username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    /** Rows written straight to the tables: the test is about what reads find, not how the rows came to be. */
    private String insertCase(String board, long organisation, Long subject, String name) throws Exception {
        String reference = "SCOPE-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into safeguarding_case (tenant_id,"
                        + " reference, subject_name, organisation_id, source, summary, status, raised_by, raised_at,"
                        + " subject_person_id) values (?, ?, ?, ?, 'MANUAL', 'Scope', 'REFERRED_TO_HR', 'test', ?, ?)")) {
            insert.setString(1, board);
            insert.setString(2, reference);
            insert.setString(3, name);
            insert.setLong(4, organisation);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            if (subject == null) {
                insert.setNull(6, java.sql.Types.BIGINT);
            } else {
                insert.setLong(6, subject);
            }
            insert.executeUpdate();
        }
        boardCounts.forget();
        return reference;
    }

    private String insertReferredCase(String board, long organisation, String name) throws Exception {
        String reference = insertCase(board, organisation, null, name);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Timestamp now = Timestamp.from(Instant.now());
            Timestamp due = Timestamp.from(Instant.now().plus(5, ChronoUnit.DAYS));
            statement.executeUpdate("insert into referral (tenant_id, case_id, organisation_id, kind, approved_by, sent_at,"
                    + " acknowledgement_due, appealed) select tenant_id, id, " + organisation + ", 'DISCIPLINARY_REFERRAL',"
                    + " 'chscb.senior', timestamp '" + now + "', timestamp '" + due + "', false from safeguarding_case"
                    + " where reference = '" + reference + "'");
        }
        return reference;
    }
}
