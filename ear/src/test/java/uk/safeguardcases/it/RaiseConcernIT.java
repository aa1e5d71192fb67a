package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.caller;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.MemberChoice;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.domain.cases.CaseSource;

/**
 * Raising a concern as an officer would: the member found among the board's own people (never another board's),
 * when it happened and where the content is kept with the case exactly as typed, and a wrong date or address
 * refused with a message per field, raising nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RaiseConcernIT {

    private static final String URL = "https://www.instagram.com/p/Dŵr-tŷ/?q=“dyfyniad”";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(RaiseConcernIT.class);
    }

    @Test
    void whenItHappenedAndTheAddressOfTheContentAreKeptWithTheCase() {
        Long organisation = caller("chscb.member").organisationId();
        Instant when = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        CaseSummary raised = as("chscb.officer", () -> bean(CaseService.class).raiseConcern(new NewConcern(
                "Morgan Evans", organisation, CaseSource.PUBLIC_COMPLAINT, "Post am “Gŵyl Dŷ” – £5 😀",
                "chscb.member", when, "  " + URL + " ")));
        CaseFile file = as("chscb.officer", () -> bean(CaseFileService.class).fileOf(raised.reference()));
        assertThat(file.concernOccurredAt()).as("to the minute").isEqualTo(when.truncatedTo(ChronoUnit.MINUTES));
        assertThat(file.concernUrl()).isEqualTo(URL);
        assertThat(file.concern()).isEqualTo("Post am “Gŵyl Dŷ” – £5 😀");

        CaseSummary without = as("chscb.officer", () -> bean(CaseService.class).raiseConcern(new NewConcern(
                "Morgan Evans", organisation, CaseSource.MANUAL, "Neither is known.")));
        CaseFile plain = as("chscb.officer", () -> bean(CaseFileService.class).fileOf(without.reference()));
        assertThat(plain.concernOccurredAt()).isNull();
        assertThat(plain.concernUrl()).isNull();
    }

    @Test
    void aDateInTheFutureOrAnAddressThatIsNotAWebPageIsRefusedAndNothingIsRaised() {
        Long organisation = caller("chscb.member").organisationId();
        String subject = "Nia Dyfodol-" + System.nanoTime();
        for (String address : List.of("javascript:alert(1)", "https://user:secret@example.org/x", "www.facebook.com")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("chscb.officer",
                    () -> bean(CaseService.class).raiseConcern(new NewConcern(subject, organisation,
                            CaseSource.MANUAL, "Rhywbeth.", null, Instant.now().plus(2, ChronoUnit.DAYS), address))));
            assertThat(refused.fieldMessages()).as(address).containsKeys("occurredAt", "contentUrl");
            assertThat(refused.fieldMessages().get("occurredAt")).contains("future");
        }
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> as("chscb.officer",
                () -> bean(CaseService.class).raiseConcern(new NewConcern(subject, organisation, CaseSource.MANUAL,
                        "Rhywbeth.", null, Instant.parse("0202-11-20T10:00:00Z"), null))));
        assertThat(early.fieldMessages()).containsOnlyKeys("occurredAt");
        assertThat(as("chscb.officer", () -> bean(CaseService.class).boardCases()))
                .extracting(CaseSummary::subjectName).doesNotContain(subject);
    }

    @Test
    void anOfficerFindsTheBoardsMembersByNameOrOrganisationAndNeverAnotherBoardsPeople() {
        List<MemberChoice> found = as("chscb.officer", () -> bean(BoardService.class).findMembers("  MORGAN ev "));
        assertThat(found).extracting(MemberChoice::username).contains("chscb.member")
                .noneMatch(u -> u.startsWith("nscb.") || u.startsWith("cwmtaf.") || u.startsWith("lscb."));
        MemberChoice morgan = found.stream().filter(m -> m.username().equals("chscb.member")).findFirst().orElseThrow();
        assertThat(morgan.displayName()).isEqualTo("Morgan Evans");
        assertThat(morgan.organisationId()).isEqualTo(caller("chscb.member").organisationId());
        assertThat(morgan.organisationName()).isNotBlank();

        assertThat(as("chscb.senior", () -> bean(BoardService.class).findMembers(morgan.organisationName())))
                .as("by organisation, for a senior too").extracting(MemberChoice::username).contains("chscb.member");
        assertThat(as("chscb.officer", () -> bean(BoardService.class).findMembers("chscb.officer")))
                .as("only members: not the officers").isEmpty();
        assertThat(as("chscb.officer", () -> bean(BoardService.class).findMembers("%"))).as("% is a letter").isEmpty();
        assertThat(as("chscb.officer", () -> bean(BoardService.class).findMembers("m"))).as("too short").isEmpty();
        assertThat(as("nscb.officer", () -> bean(BoardService.class).findMembers("Morgan")))
                .extracting(MemberChoice::username).contains("nscb.member").doesNotContain("chscb.member");
        assertThrows(AccessRefusedException.class, () -> as("chscb.member",
                () -> bean(BoardService.class).findMembers("Morgan")));
        assertThrows(AccessRefusedException.class, () -> as("chscb.hr",
                () -> bean(BoardService.class).findMembers("Morgan")));
    }
}
