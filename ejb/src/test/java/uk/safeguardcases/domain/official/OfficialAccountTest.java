package uk.safeguardcases.domain.official;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An official account's handle, as people write it (CHSCB authorised use 2.3). */
class OfficialAccountTest {

    @Test
    void aHandleIsStoredWithItsAtHoweverItIsTypedAndAPageNameAsWritten() {
        assertThat(OfficialAccount.normalHandle(" lscb_chscb ")).isEqualTo("@lscb_chscb");
        assertThat(OfficialAccount.normalHandle("@lscb_chscb")).isEqualTo("@lscb_chscb");
        assertThat(OfficialAccount.normalHandle("facebook.com/chscb")).as("an address").isEqualTo("facebook.com/chscb");
        assertThat(OfficialAccount.normalHandle("City and Hackney SCP")).as("a page's title")
                .isEqualTo("City and Hackney SCP");
        assertThat(OfficialAccount.normalHandle(null)).isEmpty();
        assertThat(OfficialAccount.normalHandle("  ")).isEmpty();
    }
}
