package uk.safeguardcases.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiredPageFilterTest {

    @Test
    void aPublicConcernPageThatExpiredIsSentBackToItsBoardsFormSayingWhy() {
        assertThat(ExpiredPageFilter.publicPageAgain("/safeguard", "/concern/raise.xhtml", "board=cwmtaf&lang=cy",
                "no such view state")).isEqualTo("/safeguard/concern/raise.xhtml?board=cwmtaf&lang=cy&again=expired");
        assertThat(ExpiredPageFilter.publicPageAgain("", "/concern/follow-up.xhtml", "ref=x&board=chscb",
                "not a multipart body")).isEqualTo("/concern/follow-up.xhtml?board=chscb&again=unread");
    }

    @Test
    void everyOtherPageAndAPostNamingNoBoardGetTheExpiredPage() {
        assertThat(ExpiredPageFilter.publicPageAgain("", "/officer/case.xhtml", "board=chscb", "no such view state"))
                .isNull();
        assertThat(ExpiredPageFilter.publicPageAgain("", "/concern/raise.xhtml", null, "no such view state")).isNull();
        assertThat(ExpiredPageFilter.publicPageAgain("", "/concern/raise.xhtml", "board=../evil.example%2F",
                "no such view state")).as("only a board's id goes into the address").isNull();
    }
}
