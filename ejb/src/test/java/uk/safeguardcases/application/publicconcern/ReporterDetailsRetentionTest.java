package uk.safeguardcases.application.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.ADDRESS;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.BOARD;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.ReceiptCode;

/** What the public pages keep goes when its time has come, and not before: over repositories kept in memory. */
class ReporterDetailsRetentionTest {

    private final PublicPagesInMemory world = new PublicPagesInMemory();

    private LocalDate today() {
        return world.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
    }

    private int removeDue() {
        return CallerContext.runAs(Caller.system(BOARD), () -> world.retention.removeDue(today()));
    }

    /** The report a code opened, found by its case (once its details are removed, its code opens nothing). */
    private PublicReport reportOf(long caseId) {
        return world.reports.all().stream().filter(r -> r.caseId() == caseId).findFirst().orElseThrow();
    }

    private String raiseWithAnswer(String email) {
        String code = world.intake.raise(BOARD, ADDRESS, Locale.UK, world.concern(email));
        world.followUp.answer(BOARD, ADDRESS, Locale.UK, ReceiptCode.digest(code), "It was posted at 9pm.");
        return code;
    }

    @Test
    void aConcernClosedAtTriageLosesTheReportersDetailsAfterTheBoardsPeriodAndNotBefore() {
        String due = raiseWithAnswer("rhys@example.org");
        String recent = raiseWithAnswer("sian@example.org");
        String investigated = raiseWithAnswer("owain@example.org");
        String open = raiseWithAnswer("nia@example.org");
        long dueCase = world.caseOf(due).id();
        long recentCase = world.caseOf(recent).id();
        world.close(world.caseOf(due), ClosureReason.NO_FURTHER_ACTION, Duration.ofDays(370));
        world.close(world.caseOf(recent), ClosureReason.ADVICE_ONLY, Duration.ofDays(330));
        world.close(world.caseOf(investigated), ClosureReason.NO_BREACH, Duration.ofDays(370));

        assertThat(removeDue()).isEqualTo(1);

        PublicReport removed = reportOf(dueCase);
        assertThat(removed.detailsRemovedAt()).isEqualTo(world.clock.instant());
        assertThat(removed.reporterEmail()).isNull();
        assertThat(removed.anonymous()).isTrue();
        assertThat(world.reports.messages(removed.id())).extracting(m -> m.body()).containsOnlyNulls();
        assertThat(world.outbox.to("rhys@example.org")).as("no e-mail keeps their address").isEmpty();
        assertThatThrownBy(() -> world.followUp.open(BOARD, ADDRESS, Locale.UK, due))
                .isInstanceOf(WrongCodeException.class);
        assertThat(world.timeline.recorded()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(PublicConcernAction.REPORTER_DETAILS_REMOVED);
            assertThat(e.detail()).contains("at triage").doesNotContain("rhys");
        });
        for (String kept : new String[] {recent, investigated, open}) {
            assertThat(reportOf(world.caseOf(kept).id()).reporterEmail()).isNotNull();
            assertThat(world.followUp.open(BOARD, ADDRESS, Locale.UK, kept).messages()).hasSize(1);
        }
        assertThat(world.outbox.to("sian@example.org")).hasSize(1);

        assertThat(removeDue()).as("once").isZero();
        world.clock.pass(Duration.ofDays(40));
        assertThat(removeDue()).as("the advice-only one, once its twelve months are up").isEqualTo(1);
        assertThat(reportOf(recentCase).reporterEmail()).isNull();
    }

    @Test
    void aRemovedCaseTakesItsReportersDetailsWhateverItsOutcome() {
        String code = raiseWithAnswer("rhys@example.org");
        long caseId = world.caseOf(code).id();
        world.close(world.caseOf(code), ClosureReason.REFERRAL_OUTCOME_RECORDED, Duration.ofDays(30));
        Wiring.set(world.caseOf(code), "removedAt", Instant.parse("2026-05-10T02:00:00Z"));

        assertThat(removeDue()).isEqualTo(1);
        assertThat(reportOf(caseId).reporterEmail()).isNull();
        assertThat(world.timeline.recorded()).last().satisfies(e -> assertThat(e.detail()).doesNotContain("at triage"));
    }

    @Test
    void anAddressAnotherReportStillKeepsKeepsItsEmails() {
        String first = raiseWithAnswer("rhys@example.org");
        raiseWithAnswer("rhys@example.org");
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(world.outbox.to("rhys@example.org").get(0)
                .body());
        assertThat(token.find()).isTrue();
        world.close(world.caseOf(first), ClosureReason.NO_FURTHER_ACTION, Duration.ofDays(370));

        assertThat(removeDue()).isEqualTo(1);
        assertThat(world.outbox.to("rhys@example.org")).hasSize(2);
    }

    @Test
    void theLimitsCountsGoOnceTheirWindowsHaveEndedTwiceOver() {
        world.raise(null);
        assertThatThrownBy(() -> world.followUp.open(BOARD, ADDRESS, Locale.UK, "AAAA-BBBB"))
                .isInstanceOf(WrongCodeException.class);
        assertThat(world.throttles.byKey.keySet()).extracting(k -> k.substring(0, k.indexOf(':')))
                .containsExactlyInAnyOrder("RAISED_FROM_ADDRESS", "RAISED_ON_BOARD", "WRONG_CODE_FROM_ADDRESS");

        world.clock.pass(Duration.ofMinutes(45));
        assertThat(world.retention.removeOldThrottles()).isEqualTo(1);
        assertThat(world.throttles.byKey.keySet()).allMatch(k -> k.startsWith("RAISED_"));

        world.clock.pass(Duration.ofMinutes(90));
        assertThat(world.retention.removeOldThrottles()).isEqualTo(2);
        assertThat(world.throttles.byKey).isEmpty();
    }
}
