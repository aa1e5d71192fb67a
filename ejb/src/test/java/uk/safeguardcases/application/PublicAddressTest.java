package uk.safeguardcases.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @AfterEach
    void forgetTheAddress() {
        System.clearProperty(PublicAddress.PROPERTY);
        System.clearProperty("jboss.socket.binding.port-offset");
    }

    @Test
    void aConfiguredAddressStartsEveryLinkWithoutADoubledSlash() {
        System.setProperty(PublicAddress.PROPERTY, " https://Cases.Board.example/ ");
        assertThat(PublicAddress.of("/reset-password.xhtml?token=t")).isEqualTo(
                "https://cases.board.example/reset-password.xhtml?token=t");
    }

    @Test
    void anAddressBehindAProxyKeepsItsPath() {
        System.setProperty(PublicAddress.PROPERTY, "https://board.example:8443/cases//");
        assertThat(PublicAddress.base()).isEqualTo("https://board.example:8443/cases");
    }

    @Test
    void withoutOneItIsThisServersHttpsListenerOnTheLoopbackNameWithItsPortOffset() {
        System.setProperty("jboss.socket.binding.port-offset", "600");
        assertThat(PublicAddress.configured()).isEmpty();
        assertThat(PublicAddress.base()).isEqualTo("https://localhost:9043");
    }

    @Test
    void anAddressThatIsNotAPlainWebAddressIsRefusedForTheDefault() {
        for (String wrong : new String[] {"localhost:8443", "javascript:alert(1)", "https://a@evil.example",
                "https://cases.example/?next=x", "ftp://cases.example", "https://cases.example/#x", "https://"}) {
            System.setProperty(PublicAddress.PROPERTY, wrong);
            assertThat(PublicAddress.configured()).as(wrong).isEmpty();
            assertThat(PublicAddress.base()).as(wrong).isEqualTo("https://localhost:8443");
        }
    }
}
