package uk.safeguardcases.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * LSCB §3: "If SM systems are searched to collect information on specific children, there must be a justifiable
 * concern. The activity must be authorised by a member of staff of appropriate seniority and the process and its
 * outcomes logged." The search about a child, without a server.
 */
class ChildSearchTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T10:15:00Z");
    private static final Instant DECIDED = ASKED.plus(2, ChronoUnit.HOURS);
    private static final Instant UNTIL = DECIDED.plus(7, ChronoUnit.DAYS);

    private static ChildSearch requested() {
        return new ChildSearch("LSCB-CS-2026-0001", "CHILD-0042", "BHCC/2026/118", 2011,
                "A justifiable concern: grooming indicators reported by Cerys’s school",
                List.of(Platform.X_TWITTER, Platform.INSTAGRAM, Platform.TIKTOK),
                "Her public profile, posts and comments", true, "lscb.officer", ASKED, 25);
    }

    private static ChildSearch authorised() {
        ChildSearch search = requested();
        search.authorise("lscb.senior", DECIDED, "Grooming indicators", EnumSet.of(Platform.INSTAGRAM,
                Platform.TIKTOK), "Her public posts and comments only", UNTIL);
        return search;
    }

    @Test
    void aRequestAwaitsAuthorisationAndNothingMayBeSearchedBeforeIt() {
        ChildSearch search = requested();
        assertThat(search.status()).isEqualTo(ChildSearchStatus.AWAITING_AUTHORISATION);
        assertThat(search.platforms()).containsExactly(Platform.X_TWITTER, Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(search.authorisedPlatforms()).isEmpty();
        assertThat(search.windowOpenAt(ASKED.plusSeconds(1))).isFalse();
        assertThat(search.authorisedOn(Platform.INSTAGRAM)).isFalse();
        assertThat(search.openMethodsDeclared()).isTrue();
    }

    @Test
    void theChildIsKeptOnRecordUntilTheEndOfTheYearOfTheirTwentyFifthBirthday() {
        // With only the year of birth, never removed before the birthday itself.
        assertThat(requested().keepUntil()).isEqualTo(LocalDate.of(2036, 12, 31));
        assertThat(ChildSearch.keepUntil(2014, 21)).isEqualTo(LocalDate.of(2035, 12, 31));
    }

    @Test
    void aSearchIsNeverAuthorisedOrRefusedByWhoAskedForIt() {
        ChildSearch search = requested();
        assertThat(search.decidableBy("lscb.officer")).as("four eyes").isFalse();
        assertThat(search.decidableBy("lscb.senior")).isTrue();
        // The record itself refuses it, whichever service asks.
        assertThatThrownBy(() -> search.authorise("lscb.officer", DECIDED, "Mine", EnumSet.of(Platform.TIKTOK),
                "Public posts", UNTIL)).isInstanceOf(IllegalStateException.class).hasMessageContaining("Four eyes");
        assertThatThrownBy(() -> search.refuse("lscb.officer", DECIDED, "Mine"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(search.status()).isEqualTo(ChildSearchStatus.AWAITING_AUTHORISATION);
        assertThat(search.decidedBy()).isNull();
        assertThat(search.decidedAt()).isNull();
    }

    @Test
    void anAuthorisationOpensTheWindowForTheAuthorisedPlatformsOnlyUntilItsEnd() {
        ChildSearch search = authorised();
        assertThat(search.status()).isEqualTo(ChildSearchStatus.AUTHORISED);
        assertThat(search.decidedBy()).isEqualTo("lscb.senior");
        assertThat(search.decidedAt()).isEqualTo(DECIDED);
        assertThat(search.decisionReason()).isEqualTo("Grooming indicators");
        assertThat(search.authorisedScope()).isEqualTo("Her public posts and comments only");
        assertThat(search.authorisedPlatforms()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(search.authorisedOn(Platform.TIKTOK)).isTrue();
        assertThat(search.authorisedOn(Platform.X_TWITTER)).as("asked for, not authorised").isFalse();
        assertThat(search.windowOpenAt(DECIDED)).isTrue();
        assertThat(search.windowOpenAt(UNTIL.minusSeconds(1))).isTrue();
        assertThat(search.windowOpenAt(UNTIL)).as("closed at the authorisation's end").isFalse();
    }

    @Test
    void aRefusalEndsTheSearchWithNothingToSearch() {
        ChildSearch search = requested();
        search.refuse("lscb.senior", DECIDED, "No justifiable concern shown");
        assertThat(search.status()).isEqualTo(ChildSearchStatus.REFUSED);
        assertThat(search.decisionReason()).isEqualTo("No justifiable concern shown");
        assertThat(search.windowOpenAt(DECIDED.plusSeconds(1))).isFalse();
        assertThat(search.endWindow(DECIDED.plusSeconds(60), true)).as("no window to end").isFalse();
        assertThat(search.status()).isEqualTo(ChildSearchStatus.REFUSED);
    }

    @Test
    void theWindowEndsOnceWhetherItExpiresOrTheOfficerFinishes() {
        ChildSearch expired = authorised();
        assertThat(expired.endWindow(UNTIL, true)).isTrue();
        assertThat(expired.endWindow(UNTIL.plusSeconds(30), true)).as("the expiry job run again").isFalse();
        assertThat(expired.status()).isEqualTo(ChildSearchStatus.AWAITING_OUTCOME);
        assertThat(expired.windowEndedAt()).isEqualTo(UNTIL);
        assertThat(expired.windowExpired()).isTrue();
        assertThat(expired.windowOpenAt(UNTIL.minusSeconds(60))).as("no further search").isFalse();

        ChildSearch finished = authorised();
        Instant done = DECIDED.plus(1, ChronoUnit.DAYS);
        assertThat(finished.endWindow(done, false)).isTrue();
        assertThat(finished.endWindow(UNTIL, true)).as("the expiry after the officer finished").isFalse();
        assertThat(finished.windowExpired()).isFalse();
        assertThat(finished.windowEndedAt()).isEqualTo(done);
    }

    @Test
    void itsOutcomeIsLoggedWhenItCloses() {
        ChildSearch search = authorised();
        search.endWindow(DECIDED.plus(1, ChronoUnit.DAYS), false);
        Instant closed = DECIDED.plus(2, ChronoUnit.DAYS);
        search.close(ChildSearchOutcome.CEOP, "CEOP-2026-7781", "Referred to CEOP; the school’s DSL told",
                "lscb.officer", closed);
        assertThat(search.status()).isEqualTo(ChildSearchStatus.CLOSED);
        assertThat(search.outcome()).isEqualTo(ChildSearchOutcome.CEOP);
        assertThat(search.outcome().referral()).isTrue();
        assertThat(search.outcomeReference()).isEqualTo("CEOP-2026-7781");
        assertThat(search.outcomeSummary()).isEqualTo("Referred to CEOP; the school’s DSL told");
        assertThat(search.closedBy()).isEqualTo("lscb.officer");
        assertThat(search.closedAt()).isEqualTo(closed);
        assertThat(ChildSearchOutcome.NO_CONCERN.referral()).as("no other agency's reference").isFalse();
    }

    @Test
    void aSearchIsLoggedOnlyOnceAuthorisedWhileItsWindowIsOpenOnAPlatformAuthorised() {
        assertThat(requested().outsideAuthorisation(Platform.INSTAGRAM, DECIDED))
                .contains(OutsideAuthorisation.NOT_YET_AUTHORISED);
        ChildSearch refused = requested();
        refused.refuse("lscb.senior", DECIDED, "No justifiable concern shown");
        assertThat(refused.outsideAuthorisation(Platform.INSTAGRAM, DECIDED.plusSeconds(1)))
                .contains(OutsideAuthorisation.REFUSED);

        ChildSearch search = authorised();
        assertThat(search.outsideAuthorisation(Platform.INSTAGRAM, DECIDED.plusSeconds(1))).isEmpty();
        assertThat(search.outsideAuthorisation(null, DECIDED.plusSeconds(1))).as("the platform still to be said")
                .isEmpty();
        assertThat(search.outsideAuthorisation(Platform.X_TWITTER, DECIDED.plusSeconds(1)))
                .as("asked for, not authorised").contains(OutsideAuthorisation.PLATFORM);
        assertThat(search.outsideAuthorisation(Platform.INSTAGRAM, UNTIL)).as("its time ran out, the job not yet run")
                .contains(OutsideAuthorisation.EXPIRED);

        ChildSearch finished = authorised();
        finished.endWindow(DECIDED.plus(1, ChronoUnit.DAYS), false);
        assertThat(finished.outsideAuthorisation(Platform.INSTAGRAM, DECIDED.plus(2, ChronoUnit.DAYS)))
                .contains(OutsideAuthorisation.ENDED);
        assertThat(finished.outsideAuthorisation(Platform.INSTAGRAM, UNTIL.plusSeconds(1)))
                .contains(OutsideAuthorisation.EXPIRED);
        ChildSearch expired = authorised();
        expired.endWindow(UNTIL, true);
        assertThat(expired.outsideAuthorisation(Platform.TIKTOK, UNTIL.minusSeconds(60)))
                .contains(OutsideAuthorisation.EXPIRED);
    }

    @Test
    void aSearchLoggedBeforeItsAuthorisationIsRefusedAndOnlyPlatformsAskedForAreAuthorised() {
        ChildSearch search = authorised();
        assertThat(search.searchedBeforeAuthorisation(DECIDED.minusSeconds(1))).isTrue();
        assertThat(search.searchedBeforeAuthorisation(DECIDED)).isFalse();
        assertThat(requested().searchedBeforeAuthorisation(ASKED)).as("not decided: nothing to be before").isFalse();
        assertThat(requested().askedFor(EnumSet.of(Platform.INSTAGRAM, Platform.TIKTOK))).isTrue();
        assertThat(requested().askedFor(EnumSet.of(Platform.INSTAGRAM, Platform.FACEBOOK))).isFalse();
        assertThat(ChildSearch.possibleBirthYear(2011, 2026)).isTrue();
        assertThat(ChildSearch.possibleBirthYear(1989, 2026)).isFalse();
        assertThat(ChildSearch.possibleBirthYear(2027, 2026)).as("not yet born").isFalse();
    }

    @Test
    void aSearchIsDecidedOnceAndClosedOnlyAfterItsWindow() {
        ChildSearch search = authorised();
        assertThatThrownBy(() -> search.refuse("lscb.senior2", DECIDED, "Changed my mind"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> search.close(ChildSearchOutcome.NO_CONCERN, null, "Nothing found", "lscb.officer",
                DECIDED)).as("the window still open").isInstanceOf(IllegalStateException.class);
        assertThat(search.status()).isEqualTo(ChildSearchStatus.AUTHORISED);
    }

    @Test
    void retentionRemovesAClosedOrRefusedSearchFromItsKeepUntilDayAndNeverAnOpenOne() {
        LocalDate keepUntil = LocalDate.of(2036, 12, 31);
        ChildSearch refused = requested();
        refused.refuse("lscb.senior", DECIDED, "No justifiable concern shown");
        assertThat(refused.dueForRemovalOn(keepUntil.minusDays(1))).isFalse();
        assertThat(refused.dueForRemovalOn(keepUntil)).isTrue();

        ChildSearch closed = authorised();
        closed.endWindow(UNTIL, true);
        assertThat(closed.dueForRemovalOn(keepUntil)).as("its outcome still to be recorded").isFalse();
        closed.close(ChildSearchOutcome.NO_CONCERN, null, "Nothing of concern", "lscb.officer", UNTIL);
        assertThat(closed.dueForRemovalOn(keepUntil.plusDays(1))).isTrue();
        assertThat(requested().dueForRemovalOn(keepUntil.plusYears(10))).as("never decided").isFalse();
    }
}
