package uk.safeguardcases.application.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.ADDRESS;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.BOARD;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.OTHER_BOARD;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.PNG;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicReport;

/** The reporter's follow-up with their code, over repositories kept in memory. */
class ReporterFollowUpTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final ConcernFromAnyone.ReportFile MORE = new ConcernFromAnyone.ReportFile("more.png", "image/png",
            PNG);

    private final PublicPagesInMemory world = new PublicPagesInMemory();

    private FollowUp opened(String code) {
        return world.followUp.open(BOARD, ADDRESS, Locale.UK, code);
    }

    private String tokenSentTo(String email, int nth) {
        Matcher token = TOKEN.matcher(world.outbox.to(email).get(nth).body());
        assertThat(token.find()).as("the link in the e-mail").isTrue();
        return token.group(1);
    }

    @Test
    void theReporterAnswersAndTheAnswerIsShownBackWithoutTheirName() {
        String code = world.raise(null);
        FollowUp first = opened(code);

        FollowUp answered = world.followUp.answer(BOARD, ADDRESS, Locale.UK, first.access(), "  It was posted at 9pm. ");

        assertThat(answered.messages()).singleElement().satisfies(m -> {
            assertThat(m.fromReporter()).isTrue();
            assertThat(m.body()).isEqualTo("It was posted at 9pm.");
        });
        assertThat(opened(code).messages()).hasSize(1);
        assertThat(world.timeline.recorded()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(PublicConcernAction.REPORTER_ANSWERED);
            assertThat(e.detail()).isEqualTo("21 characters");
        });
        assertThatThrownBy(() -> world.followUp.answer(BOARD, ADDRESS, Locale.UK, first.access(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsOnlyKeys("answer"));
        assertThatThrownBy(() -> world.followUp.answer(BOARD, ADDRESS, Locale.UK, "made up", "Hello"))
                .isInstanceOf(WrongCodeException.class);
    }

    @Test
    void aReportTakesFiftyAnswersAndNoMore() {
        String access = opened(world.raise(null)).access();
        for (int i = 1; i <= PublicReport.ANSWERS_MOST; i++) {
            world.followUp.answer(BOARD, ADDRESS, Locale.UK, access, "Answer " + i);
            world.clock.pass(Duration.ofMinutes(3));
        }

        assertThatThrownBy(() -> world.followUp.answer(BOARD, ADDRESS, Locale.UK, access, "One more"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("answer")).contains("50"));
        assertThat(opened(world.raiseFrom("203.0.113.9")).messages()).isEmpty();
    }

    @Test
    void followUpActionsFromAnAddressAreLimitedToThirtyAnHour() {
        String access = opened(world.raise(null)).access();
        for (int i = 1; i <= 30; i++) {
            world.followUp.answer(BOARD, ADDRESS, Locale.UK, access, "Answer " + i);
        }

        assertThatThrownBy(() -> world.followUp.answer(BOARD, ADDRESS, Locale.UK, access, "Answer 31"))
                .isInstanceOf(LimitReachedException.class);
        assertThatThrownBy(() -> world.followUp.addEvidence(BOARD, ADDRESS, Locale.UK, access, List.of(MORE)))
                .as("files count with answers").isInstanceOf(LimitReachedException.class);
        assertThat(world.pages.minutesToWait(BOARD, ADDRESS, PublicPages.Door.FOLLOW_UP)).isBetween(1L, 60L);
        assertThat(world.followUp.answer(BOARD, "203.0.113.9", Locale.UK, access, "From my phone").messages())
                .hasSize(31);
    }

    @Test
    void moreFilesAreTakenUntilTheReportHoldsTwenty() {
        String access = opened(world.raise(null)).access();
        for (int i = 0; i < 3; i++) {
            world.followUp.addEvidence(BOARD, ADDRESS, Locale.UK, access, Collections.nCopies(5, MORE));
        }
        assertThat(world.cases.evidence).filteredOn(e -> e.input().fileContent() != null).hasSize(16)
                .extracting(e -> e.input().fileName()).contains("evidence-2.png", "evidence-17.png")
                .doesNotContain("more.png");

        assertThatThrownBy(() -> world.followUp.addEvidence(BOARD, ADDRESS, Locale.UK, access,
                Collections.nCopies(5, MORE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("moreFiles")).contains("20 files"));
        world.followUp.addEvidence(BOARD, ADDRESS, Locale.UK, access, Collections.nCopies(4, MORE));
        assertThat(world.cases.evidence).filteredOn(e -> e.input().fileContent() != null).hasSize(20);
        assertThat(world.timeline.actions()).filteredOn(PublicConcernAction.REPORTER_ADDED_EVIDENCE::equals)
                .hasSize(4);
    }

    @Test
    void aClosedCaseRefusesMoreFilesAtThePagesFileField() {
        String code = world.raise(null);
        world.close(world.caseOf(code), uk.safeguardcases.domain.cases.ClosureReason.NO_FURTHER_ACTION,
                Duration.ofDays(1));

        assertThatThrownBy(() -> world.followUp.addEvidence(BOARD, ADDRESS, Locale.UK, opened(code).access(),
                List.of(MORE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsOnlyKeys("moreFiles"));
    }

    @Test
    void theAddressIsConfirmedOnceByTheTokenOfItsLinkOnItsOwnBoard() {
        String code = world.raise("rhys@example.org");
        String token = tokenSentTo("rhys@example.org", 0);

        assertThat(world.followUp.confirmAddress(OTHER_BOARD, Locale.UK, token)).as("another board's page").isFalse();
        assertThat(world.followUp.confirmAddress(BOARD, Locale.UK, token + "x")).isFalse();
        assertThat(world.followUp.confirmAddress(BOARD, Locale.UK, token)).isTrue();
        assertThat(world.followUp.confirmAddress(BOARD, Locale.UK, token)).as("used once").isFalse();
        assertThat(opened(code).addressWaiting()).isFalse();
        assertThat(world.timeline.actions()).contains(PublicConcernAction.REPORTER_ADDRESS_CONFIRMED);
    }

    @Test
    void theLinkIsSentAgainAnHourAfterTheLastAndTheOldOneNoLongerWorks() {
        String code = world.raise("rhys@example.org");
        String access = opened(code).access();
        String first = tokenSentTo("rhys@example.org", 0);

        assertThatThrownBy(() -> world.followUp.sendLinkAgain(BOARD, ADDRESS, Locale.UK, access))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("link")).contains("less than an hour ago"));
        world.clock.pass(Duration.ofMinutes(61));
        world.followUp.sendLinkAgain(BOARD, ADDRESS, Locale.UK, access);

        assertThat(world.outbox.to("rhys@example.org")).hasSize(2);
        assertThat(world.followUp.confirmAddress(BOARD, Locale.UK, first)).as("replaced").isFalse();
        assertThat(world.followUp.confirmAddress(BOARD, Locale.UK, tokenSentTo("rhys@example.org", 1))).isTrue();
        assertThatThrownBy(() -> world.followUp.sendLinkAgain(BOARD, ADDRESS, Locale.UK, access))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("link")).contains("already confirmed"));
        String anonymous = opened(world.raiseFrom("203.0.113.9")).access();
        assertThatThrownBy(() -> world.followUp.sendLinkAgain(BOARD, ADDRESS, Locale.UK, anonymous))
                .isInstanceOf(InvalidInputException.class);
    }
}
