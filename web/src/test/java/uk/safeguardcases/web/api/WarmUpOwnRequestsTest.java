package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The request figures leave out the warm-up's own requests, and only those: its mark, from this host. */
class WarmUpOwnRequestsTest {

    @Test
    void onlyTheWarmUpsOwnMarkFromThisHostIsLeftOutOfTheFigures() {
        WarmUp warmUp = new WarmUp();
        String mark = warmUp.ask(URI.create("https://127.0.0.1:8443/login.xhtml")).build().headers()
                .firstValue(WarmUp.OWN_REQUEST_HEADER).orElseThrow();

        assertThat(warmUp.ownRequest(mark, true)).isTrue();
        assertThat(warmUp.ownRequest(mark, false)).as("from another host").isFalse();
        assertThat(warmUp.ownRequest(null, true)).isFalse();
        assertThat(warmUp.ownRequest(mark + "x", true)).isFalse();
        assertThat(warmUp.ownRequest("Ŵyn “Dŵr” 📧 \u200F", true)).isFalse();
        assertThat(new WarmUp().ownRequest(mark, true)).as("another node start's mark").isFalse();
    }
}
