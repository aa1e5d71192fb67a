package uk.safeguardcases.application.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.ADDRESS;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.BOARD;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.OTHER_BOARD;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicConcernNotice;
import uk.safeguardcases.domain.publicconcern.ReceiptCode;
import uk.safeguardcases.domain.publicconcern.ReportStatus;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;
import uk.safeguardcases.domain.publicconcern.WorkChallenge;

/** The reporter's intake over repositories kept in memory: the receipt code, the limits, the challenge, the input. */
class ConcernIntakeTest {

    private final PublicPagesInMemory world = new PublicPagesInMemory();

    @AfterEach
    void nobodyLeftCalling() {
        assertThat(CallerContext.currentOrNull()).as("every step restores the caller it found").isNull();
    }

    @Test
    void aConcernRaisedGetsAReceiptCodeAndTheFollowUpOpensWithIt() {
        String code = world.raise("rhys@example.org");

        assertThat(code).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        FollowUp opened = world.followUp.open(BOARD, ADDRESS, Locale.UK, code.toLowerCase(Locale.ROOT));
        assertThat(opened.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(opened.messages()).isEmpty();
        assertThat(opened.addressWaiting()).as("the address given is not confirmed yet").isTrue();
        assertThat(opened.access()).isEqualTo(ReceiptCode.digest(code)).doesNotContain(code);

        SafeguardingCase raised = world.caseOf(code);
        assertThat(raised.source()).isEqualTo(CaseSource.PUBLIC_COMPLAINT);
        assertThat(raised.raisedBy()).as("the page's caller, never the reporter").isEqualTo(PublicPages.REPORTER);
        assertThat(world.cases.evidence).extracting(e -> e.by()).containsOnly(PublicPages.REPORTER);
        assertThat(world.cases.evidence).extracting(e -> e.input().url() != null ? e.input().url()
                : e.input().fileName()).containsExactly("https://social.example.org/posts/4711", "evidence-2.png");
        assertThat(world.timeline.recorded()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(PublicConcernAction.REPORT_RECEIVED);
            assertThat(entry.detail()).isEqualTo("From a member of the public, who left contact details; 1 file")
                    .doesNotContain("rhys");
        });
        assertThat(world.outbox.to("rhys@example.org")).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(PublicConcernNotice.REPORTER_ADDRESS_CONFIRMATION);
            assertThat(mail.caseId()).as("no case: the member's answer never lists it").isNull();
            assertThat(mail.body()).contains("token=").doesNotContain(raised.reference()).doesNotContain("Evans");
        });
    }

    @Test
    void aWrongCodeIsRefusedWithOneAnswerWhateverItWas() {
        String code = world.raise(null);
        String mistyped = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");

        assertThatThrownBy(() -> world.followUp.open(BOARD, ADDRESS, Locale.UK, mistyped))
                .isInstanceOf(WrongCodeException.class);
        assertThatThrownBy(() -> world.followUp.open(OTHER_BOARD, ADDRESS, Locale.UK, code))
                .as("another board's code").isInstanceOf(WrongCodeException.class);
        assertThatThrownBy(() -> world.followUp.open("no such board!", ADDRESS, Locale.UK, code))
                .isInstanceOf(WrongCodeException.class);
        assertThat(world.followUp.open(BOARD, ADDRESS, Locale.UK, code).status()).isEqualTo(ReportStatus.RECEIVED);
    }

    @Test
    void tenWrongCodesFromAnAddressMakeItWaitEvenWithTheRightOne() {
        String code = world.raise(null);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> world.followUp.open(BOARD, ADDRESS, Locale.UK, "AAAA-BBBB"))
                    .isInstanceOf(WrongCodeException.class);
        }

        assertThatThrownBy(() -> world.followUp.open(BOARD, ADDRESS, Locale.UK, code))
                .isInstanceOfSatisfying(LimitReachedException.class, e -> assertThat(e.minutes()).isBetween(1L, 15L));
        assertThat(world.pages.minutesToWait(BOARD, ADDRESS, PublicPages.Door.FOLLOW_UP)).isBetween(1L, 15L);
        assertThat(world.followUp.open(BOARD, "203.0.113.9", Locale.UK, code).status())
                .as("another address is not held back").isEqualTo(ReportStatus.RECEIVED);

        world.clock.pass(Duration.ofMinutes(15));
        assertThat(world.pages.minutesToWait(BOARD, ADDRESS, PublicPages.Door.FOLLOW_UP)).isZero();
        assertThat(world.followUp.open(BOARD, ADDRESS, Locale.UK, code).status()).isEqualTo(ReportStatus.RECEIVED);
    }

    @Test
    void theSixthConcernFromAnAddressWithinTheHourWaitsAndRaisesNothing() {
        for (int i = 0; i < 5; i++) {
            world.raise(null);
        }
        assertThat(world.pages.minutesToWait(BOARD, ADDRESS, PublicPages.Door.RAISE)).isBetween(1L, 60L);
        assertThat(world.pages.minutesToWait(BOARD, "203.0.113.9", PublicPages.Door.RAISE)).isZero();

        assertThatThrownBy(() -> world.raise(null))
                .isInstanceOfSatisfying(LimitReachedException.class, e -> assertThat(e.minutes()).isBetween(1L, 60L));
        assertThat(world.cases.evidence).extracting(e -> e.caseId()).doesNotContain(6L);
        assertThat(world.timeline.recorded()).hasSize(5);

        world.clock.pass(Duration.ofHours(1));
        assertThat(world.raise(null)).isNotBlank();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsCounted() {
        String challenge = world.pages.challenge(BOARD);
        ConcernFromAnyone empty = new ConcernFromAnyone("  ", "not an address", null, "", null, null, null,
                List.of(new ConcernFromAnyone.ReportFile("notes.png", "image/png", "not a picture".getBytes())),
                null, "rhys at example", "call me", challenge, WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY));

        assertThatThrownBy(() -> world.intake.raise(BOARD, ADDRESS, Locale.UK, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsOnlyKeys(
                        "whatHappened", "addresses", "subjectName", "organisation", "relation", "files",
                        "reporterEmail", "reporterPhone"));
        assertThat(world.throttles.byKey).as("a refused post counts nothing").isEmpty();
        assertThat(world.challenges.taken).as("and its challenge may still be used").isEmpty();
        assertThat(world.timeline.recorded()).isEmpty();
    }

    @Test
    void aChallengeIsTakenOnceAndOnlyWhenItsWorkWasDone() {
        ConcernFromAnyone concern = world.concern(null);
        world.intake.raise(BOARD, ADDRESS, Locale.UK, concern);

        assertThatThrownBy(() -> world.intake.raise(BOARD, ADDRESS, Locale.UK, concern))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsOnlyKeys("challenge"));
        ConcernFromAnyone forged = new ConcernFromAnyone(concern.whatHappened(), null, null, "Mr Evans",
                world.school.id(), null, ReporterRelation.PUBLIC, List.of(), null, null, null,
                "eyJhbGciOiJub25lIn0.eyJqdGkiOiIxIn0.", "0");
        assertThatThrownBy(() -> world.intake.raise(BOARD, "203.0.113.9", Locale.UK, forged))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsOnlyKeys("challenge"));
        assertThat(world.timeline.recorded()).hasSize(1);
    }

    @Test
    void anOrganisationNotOnTheBoardsListIsHeldByOnePlaceholderNeverOffered() {
        for (String named : List.of("Ysgol Feithrin y Bont", "Clwb Rygbi")) {
            String challenge = world.pages.challenge(BOARD);
            world.intake.raise(BOARD, ADDRESS, Locale.UK, new ConcernFromAnyone("A post.", null, null, "Mr Evans",
                    null, named, ReporterRelation.COLLEAGUE, List.of(), null, null, null, challenge,
                    WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY)));
        }

        assertThat(world.boards.organisations).filteredOn(o -> o.tenantId().equals(BOARD))
                .extracting(o -> o.name() + (o.active() ? "" : " (inactive)"))
                .containsExactlyInAnyOrder("Ysgol Gynradd Glan-y-Môr",
                        ConcernIntake.NOT_YET_KNOWN + " (inactive)");
        assertThat(world.pages.board(BOARD).orElseThrow().organisations()).extracting(PublicBoard.Choice::name)
                .containsExactly("Ysgol Gynradd Glan-y-Môr");
        assertThat(world.reports.all()).extracting(r -> r.organisationAsKnown())
                .containsExactly("Ysgol Feithrin y Bont", "Clwb Rygbi");
        assertThat(world.timeline.recorded()).extracting(e -> e.detail())
                .allSatisfy(d -> assertThat(d).endsWith("organisation named by the reporter, not on the board's list"));
    }

    @Test
    void anotherBoardsOrganisationIsNotOneToPick() {
        Long theirs = world.boards.organisations.stream().filter(o -> o.tenantId().equals(OTHER_BOARD))
                .findFirst().orElseThrow().id();
        String challenge = world.pages.challenge(BOARD);

        assertThatThrownBy(() -> world.intake.raise(BOARD, ADDRESS, Locale.UK, new ConcernFromAnyone("A post.", null,
                null, "Mr Evans", theirs, null, ReporterRelation.PUBLIC, List.of(), null, null, null, challenge,
                WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsOnlyKeys("organisation"));
        assertThat(world.pages.board("nowhere")).isEmpty();
        assertThat(world.pages.board("Not A Board")).isEmpty();
    }
}
