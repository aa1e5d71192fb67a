package uk.safeguardcases.web.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicPageTest {

    private final Set<String> balancer = Set.of("10.0.0.5");

    @Test
    void theForwardedAddressIsBelievedFromTheTrustedBalancerAlone() {
        assertThat(PublicPage.clientAddress("10.0.0.5", "203.0.113.9", balancer)).isEqualTo("203.0.113.9");
        assertThat(PublicPage.clientAddress("198.51.100.4", "203.0.113.9", balancer))
                .as("a client reaching a node directly chooses nothing").isEqualTo("198.51.100.4");
        assertThat(PublicPage.clientAddress("10.0.0.5", "203.0.113.9", Set.of()))
                .as("no proxy trusted by default").isEqualTo("10.0.0.5");
        assertThat(PublicPage.clientAddress("10.0.0.5", null, balancer)).isEqualTo("10.0.0.5");
    }

    @Test
    void theLastAddressNotItselfTrustedIsTheClientsWhateverTheClientPutFirst() {
        assertThat(PublicPage.clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.9", balancer)).isEqualTo("203.0.113.9");
        assertThat(PublicPage.clientAddress("10.0.0.5", "203.0.113.9, 10.0.0.5", balancer)).isEqualTo("203.0.113.9");
        assertThat(PublicPage.clientAddress("10.0.0.5", " , ", balancer)).isEqualTo("10.0.0.5");
    }

    @Test
    void theDoorReadsTheBoardFromTheAddressAloneAndKnowsOnlyThePublicPagesPosts() {
        assertThat(PublicConcernDoor.queryValue("board=cwmtaf&lang=cy", "board")).isEqualTo("cwmtaf");
        assertThat(PublicConcernDoor.queryValue("lang=cy&board=nscb-2", "board")).isEqualTo("nscb-2");
        assertThat(PublicConcernDoor.queryValue("boards=x&xboard=y", "board")).isNull();
        assertThat(PublicConcernDoor.queryValue("board=%E0%A4%A", "board")).as("broken escapes").isNull();
        assertThat(PublicConcernDoor.queryValue(null, "board")).isNull();
        assertThat(PublicConcernDoor.door("/concern/raise.xhtml"))
                .isEqualTo(uk.safeguardcases.application.publicconcern.PublicPages.Door.RAISE);
        assertThat(PublicConcernDoor.door("/concern/follow-up.xhtml"))
                .isEqualTo(uk.safeguardcases.application.publicconcern.PublicPages.Door.FOLLOW_UP);
        assertThat(PublicConcernDoor.door("/officer/raise.xhtml")).isNull();
    }

    @Test
    void theRefusalsAreWordedInBothLanguagesWithTheMinutesToWait() {
        for (String key : java.util.List.of("door.limit", "door.tooLarge", "door.noBoard")) {
            assertThat(PublicConcernRefusals.words(uk.safeguardcases.web.shell.Language.ENGLISH, key, 7))
                    .isNotEqualTo(PublicConcernRefusals.words(uk.safeguardcases.web.shell.Language.WELSH, key, 7));
        }
        assertThat(PublicConcernRefusals.words(uk.safeguardcases.web.shell.Language.WELSH, "door.limit", 7))
                .contains("7 munud").contains("wedi’i gadw yn y porwr");
        assertThat(PublicConcernRefusals.words(uk.safeguardcases.web.shell.Language.ENGLISH, "door.tooLarge", 0))
                .contains("What you typed is still in the form").contains("fewer or smaller files");
    }
}
