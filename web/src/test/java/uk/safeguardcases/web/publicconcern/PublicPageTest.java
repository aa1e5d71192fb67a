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
}
