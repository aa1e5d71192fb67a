package uk.safeguardcases.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpiredPageFilterTest {

    /** The public forms a process declares ({@code ProcessPages.PublicPages.forms()}), as the concerns' do. */
    private static final Set<String> FORMS = Set.of("/concern/raise.xhtml", "/concern/follow-up.xhtml");

    @Test
    void aPublicConcernPageThatExpiredIsSentBackToItsBoardsFormSayingWhy() {
        assertThat(ExpiredPageFilter.publicPageAgain(FORMS, "/safeguard", "/concern/raise.xhtml",
                "board=cwmtaf&lang=cy", "no such view state"))
                .isEqualTo("/safeguard/concern/raise.xhtml?board=cwmtaf&lang=cy&again=expired");
        assertThat(ExpiredPageFilter.publicPageAgain(FORMS, "", "/concern/follow-up.xhtml", "ref=x&board=chscb",
                "not a multipart body")).isEqualTo("/concern/follow-up.xhtml?board=chscb&again=unread");
    }

    @Test
    void everyOtherPageAndAPostNamingNoBoardGetTheExpiredPage() {
        assertThat(ExpiredPageFilter.publicPageAgain(FORMS, "", "/officer/case.xhtml", "board=chscb",
                "no such view state")).isNull();
        assertThat(ExpiredPageFilter.publicPageAgain(FORMS, "", "/concern/raise.xhtml", null, "no such view state"))
                .isNull();
        assertThat(ExpiredPageFilter.publicPageAgain(FORMS, "", "/concern/raise.xhtml", "board=../evil.example%2F",
                "no such view state")).as("only a board's id goes into the address").isNull();
    }
}
