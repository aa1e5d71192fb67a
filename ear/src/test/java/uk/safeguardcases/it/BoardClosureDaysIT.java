package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.AuditLine;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.ClosureDay;
import uk.safeguardcases.application.administration.Holiday;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * A board administrator's own non-working days (office closures): they count like bank holidays in that board's
 * deadlines only, are audited on the board's timeline, and another board's administrator neither sees nor removes
 * them. Each test has a board of its own ({@link TestBoard}), so no other test's deadlines move.
 */
@ExtendWith(ArquillianExtension.class)
class BoardClosureDaysIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(BoardClosureDaysIT.class);
    }

    @Test
    void aClosureDayMovesTheBoardsOwnDeadlinesAndNoOtherBoards() {
        TestBoard board = TestBoard.like("lscb");
        WorkingDays before = as(board.officer(), () -> bean(WorkingCalendar.class).workingDays());
        LocalDate closed = before.addWorkingDays(LocalDate.now(UK), 1);
        ClosureDay closure = as(board.admin(), () -> bean(BoardSettings.class).addClosureDay(closed,
                "Office move"));
        assertThat(as(board.officer(), () -> bean(WorkingCalendar.class).workingDays()).isWorkingDay(closed))
                .as("closed on its own board").isFalse();
        assertThat(as("nscb.officer", () -> bean(WorkingCalendar.class).workingDays()).isWorkingDay(closed))
                .as("another board works that day").isTrue();

        int ownDays = as(board.admin(), () -> bean(BoardSettings.class).deadlines()).ladoDays();
        int nscbDays = as("nscb.admin", () -> bean(BoardSettings.class).deadlines()).ladoDays();
        String ownCase = CaseFixtures.raise(board.id(), "Carys Closure", "A concern triaged before a closure day.");
        String nscbCase = CaseFixtures.raise("nscb", "Ned Normal", "A concern triaged on a normal board.");
        Instant triagedAround = Instant.now();
        CaseFixtures.triage(board.id(), ownCase, true);
        CaseFixtures.triage("nscb", nscbCase, true);
        assertThat(CaseFixtures.stepOf(board.id(), ownCase)).isEqualTo(CaseStatus.AWAITING_LADO_REFERRAL);

        List<LocalDate> holidaysAndClosure = new ArrayList<>(bankHolidays());
        holidaysAndClosure.add(closed);
        WorkingDays withClosure = new WorkingDays(holidaysAndClosure, UK);
        assertThat(ladoDue(board.id(), ownCase)).as("the LADO referral skips the closure day")
                .isEqualTo(withClosure.deadline(triagedAround, ownDays));
        assertThat(ladoDue(board.id(), ownCase).atZone(UK).toLocalDate()).isAfter(closed);
        assertThat(ladoDue("nscb", nscbCase)).as("another board's deadline does not move")
                .isEqualTo(before.deadline(triagedAround, nscbDays));
        if (nscbDays == 1) {
            assertThat(ladoDue("nscb", nscbCase).atZone(UK).toLocalDate()).isEqualTo(closed);
        }

        List<AuditLine> audit = as(board.admin(), () -> bean(BoardSettings.class).recentChanges(10));
        assertThat(audit).anyMatch(l -> l.action().equals("Closure day added") && l.actor().equals(board.admin())
                && l.detail().contains("'Office move'"));
        assertThat(as("nscb.admin", () -> bean(BoardSettings.class).recentChanges(50)))
                .noneMatch(l -> l.action().startsWith("Closure day") && l.detail().contains("Office move"));

        assertThat(as("nscb.admin", () -> bean(BoardSettings.class).closureDays()))
                .noneMatch(d -> d.id().equals(closure.id()));
        assertThrows(NotFoundException.class,
                () -> as("nscb.admin", () -> bean(BoardSettings.class).removeClosureDay(closure.id())));
        assertThrows(AccessRefusedException.class,
                () -> as(board.officer(), () -> bean(BoardSettings.class).addClosureDay(closed.plusDays(7), "No")));
        assertThat(as(board.admin(), () -> bean(BoardSettings.class).closureDays()))
                .extracting(ClosureDay::id).contains(closure.id());
        as(board.admin(), () -> bean(BoardSettings.class).removeClosureDay(closure.id()));
        assertThat(as(board.officer(), () -> bean(WorkingCalendar.class).workingDays()).isWorkingDay(closed))
                .as("a working day again once removed").isTrue();
        assertThat(as(board.admin(), () -> bean(BoardSettings.class).recentChanges(10)))
                .anyMatch(l -> l.action().equals("Closure day removed") && l.detail().contains("'Office move'"));
    }

    @Test
    void aDayThatCannotBeAClosureDayIsRefusedWithTheReason() {
        TestBoard board = TestBoard.like("lscb");
        LocalDate today = LocalDate.now(UK);
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        Holiday holiday = as(board.admin(), () -> bean(BoardSettings.class).bankHolidays()).stream()
                .filter(h -> h.date().isAfter(today) && h.date().getDayOfWeek().getValue() <= 5)
                .findFirst().orElseThrow();
        assertThat(problem(board, saturday, "Weekend")).endsWith("is a weekend day, which never counts as a working day.");
        assertThat(problem(board, holiday.date(), "Holiday")).endsWith("is already a bank holiday (" + holiday.name() + ").");
        assertThat(problem(board, today.minusDays(1), "Past")).isEqualTo(
                "Enter today or a later date: deadlines already set do not change.");
        assertThat(problem(board, null, "No date")).isEqualTo("Enter the date the office is closed.");
        InvalidInputException noName = assertThrows(InvalidInputException.class,
                () -> as(board.admin(), () -> bean(BoardSettings.class).addClosureDay(weekdayFarAhead(), " ")));
        assertThat(noName.fieldMessages()).containsKey("closureName");

        LocalDate far = weekdayFarAhead();
        as(board.admin(), () -> bean(BoardSettings.class).addClosureDay(far, "Training day"));
        assertThat(problem(board, far, "Again")).startsWith("The office is already closed on ");
    }

    @Test
    void theAdministratorAddsAndRemovesAClosureDayOnTheSettingsPage() {
        TestBoard board = TestBoard.like("lscb");
        LocalDate far = weekdayFarAhead().plusWeeks(1);
        while (far.getDayOfWeek().getValue() > 5) {
            far = far.plusDays(1);
        }
        Browser admin = signedIn(board.admin());
        Browser.Page settings = admin.open("admin/settings.xhtml");
        assertThat(settings.body()).contains("closure days").contains("Your board has no closure days.");

        Browser.Page refused = admin.submit(settings, "closure", Map.of("closureDate", "",
                "closureName", "Staff conference"), "add");
        assertThat(refused.body()).contains("Enter the date the office is closed.")
                .as("what was typed is kept").contains("value=\"Staff conference\"");

        Browser.Page added = admin.submit(refused, "closure", Map.of("closureDate", far.toString(),
                "closureName", "Staff conference"), "add");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains(" added.").contains(">Staff conference<")
                .doesNotContain("Your board has no closure days.");
        assertThat(as(board.officer(), () -> bean(WorkingCalendar.class).workingDays()).isWorkingDay(far)).isFalse();
        assertThat(signedIn("nscb.admin").open("admin/settings.xhtml").body()).doesNotContain("Staff conference");

        Browser.Page removed = admin.submit(added, "closures", Map.of(), "list:0:remove");
        assertThat(removed.body()).contains(" removed.").doesNotContain("Staff conference")
                .contains("Your board has no closure days.");
        assertThat(as(board.admin(), () -> bean(BoardSettings.class).closureDays()))
                .noneMatch(d -> d.name().equals("Staff conference"));
    }

    private static String problem(TestBoard board, LocalDate date, String name) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as(board.admin(), () -> bean(BoardSettings.class).addClosureDay(date, name)));
        return refused.fieldMessages().get("closureDate");
    }

    /** A weekday well beyond any deadline another test sets, so adding it moves none of them. */
    private static LocalDate weekdayFarAhead() {
        LocalDate day = LocalDate.now(UK).plusDays(300);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static List<LocalDate> bankHolidays() {
        return as("lscb.admin", () -> bean(BoardSettings.class).bankHolidays()).stream().map(Holiday::date).toList();
    }

    private static Instant ladoDue(String board, String ref) {
        CaseFile file = as(board + ".officer", () -> bean(CaseFileService.class).fileOf(ref));
        return file.deadlines().stream().filter(d -> d.kind() == DeadlineKind.LADO_REFERRAL).findFirst()
                .orElseThrow().due();
    }
}
