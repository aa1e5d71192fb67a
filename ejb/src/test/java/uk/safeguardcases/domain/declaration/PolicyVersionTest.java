package uk.safeguardcases.domain.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A published version of the board's policy (NSCB model policy 4.2: "Employees will be issued with a copy of the
 * Policy and any subsequent amendments"; 11.1: the owner ensures "it is regularly reviewed").
 */
class PolicyVersionTest {

    private static final Instant PUBLISHED = Instant.parse("2026-04-01T08:00:00Z");

    private static final VersionClause CLAUSE = new VersionClause(1, "3.5(d)", "Conduct",
            "Do not post photographs of service users without their consent.", "Ymddygiad",
            "Peidiwch â phostio ffotograffau o ddefnyddwyr gwasanaeth heb eu caniatâd.");

    private static PolicyVersion published(List<VersionClause> clauses) {
        return new PolicyVersion(2, "Social Media Policy 2026 (amended)", LocalDate.of(2026, 4, 6),
                LocalDate.of(2027, 4, 6), 44L, "cwmtaf.admin", PUBLISHED, clauses, "ab12cd");
    }

    @Test
    void theClausesArePublishedAsTheyStoodAndCannotBeChangedAfterwards() {
        List<VersionClause> catalogue = new ArrayList<>(List.of(CLAUSE));
        PolicyVersion version = published(catalogue);
        catalogue.add(new VersionClause(2, "4.1", "Added later", "Not part of version 2.", null, null));
        assertThat(version.clauses()).extracting(VersionClause::reference).containsExactly("3.5(d)");
        assertThatThrownBy(() -> version.clauses().add(CLAUSE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(version.clauses().get(0).textCy()).startsWith("Peidiwch â phostio");
        assertThat(version.number()).isEqualTo(2);
        assertThat(version.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(version.reviewDate()).isEqualTo(LocalDate.of(2027, 4, 6));
        assertThat(version.ownerPersonId()).isEqualTo(44L);
        assertThat(version.catalogueSha256()).isEqualTo("ab12cd");
    }

    @Test
    void theMembersAskedAreCountedAndTheFirstAskingIsWhenTheyWereAsked() {
        PolicyVersion version = published(List.of(CLAUSE));
        assertThat(version.membersAsked()).isNull();
        version.asked(12, PUBLISHED.plusSeconds(60));
        version.asked(0, PUBLISHED.plusSeconds(120));
        assertThat(version.membersAsked()).as("the job run again asks nobody twice").isEqualTo(12);
        assertThat(version.askedAt()).isEqualTo(PUBLISHED.plusSeconds(60));
        version.asked(1, PUBLISHED.plusSeconds(86_400));
        assertThat(version.membersAsked()).as("a member who joined later").isEqualTo(13);
        assertThat(version.askedAt()).isEqualTo(PUBLISHED.plusSeconds(60));
    }

    @Test
    void theOwnerIsRemindedOfTheReviewOnceHoweverOftenItsJobRuns() {
        PolicyVersion version = published(List.of(CLAUSE));
        Instant due = Instant.parse("2027-03-06T09:00:00Z");
        assertThat(version.remindOfReview(due)).isTrue();
        assertThat(version.remindOfReview(due.plusSeconds(30))).isFalse();
        assertThat(version.reviewRemindedAt()).isEqualTo(due);
    }
}
