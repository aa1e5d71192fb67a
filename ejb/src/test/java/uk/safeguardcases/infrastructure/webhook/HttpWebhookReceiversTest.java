package uk.safeguardcases.infrastructure.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.webhook.WebhookReceivers.AddressRefused;

/** Where an administrator may send the board's events: HTTPS on a public address, unless the operator allows more. */
class HttpWebhookReceiversTest {

    @Test
    void privateAndLinkLocalAddressesAreRefusedUnlessTheOperatorAllowsThem() throws Exception {
        for (String address : new String[] {"https://127.0.0.1/hook", "https://localhost:8443/hook",
                "https://10.1.2.3/hook", "https://192.168.0.10/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook"}) {
            assertThatThrownBy(() -> HttpWebhookReceivers.checked(address, false)).as(address)
                    .isInstanceOf(AddressRefused.class).hasMessageContaining("private network");
        }
        assertThat(HttpWebhookReceivers.checked("http://127.0.0.1:9000/hook", true).getPort()).isEqualTo(9000);
    }

    @Test
    void anAddressThatIsNotHttpsHostIsRefused() {
        for (String address : new String[] {"ftp://example.org/x", "https:///nohost", "https://user:pw@example.org/",
                "https://example.org/#x", "not an address", "javascript:alert(1)", "https://ex ample.org/"}) {
            assertThatThrownBy(() -> HttpWebhookReceivers.checked(address, false)).as(address)
                    .isInstanceOf(AddressRefused.class);
        }
    }

    @Test
    void plainHttpToAPublicAddressIsRefusedEvenWhenPrivateOnesAreAllowed() {
        assertThatThrownBy(() -> HttpWebhookReceivers.checked("http://93.184.215.14/hook", true))
                .isInstanceOf(AddressRefused.class).hasMessageContaining("https://");
    }

    @Test
    void anUnknownHostIsNamed() {
        assertThatThrownBy(() -> HttpWebhookReceivers.checked("https://no-such-host.invalid/hook", false))
                .isInstanceOf(AddressRefused.class).hasMessageContaining("no-such-host.invalid");
    }
}
