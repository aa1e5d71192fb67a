package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void knownSha256VectorsInLowerCaseHex() {
        assertThat(ContentHash.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentHash.sha256Hex(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ContentHash.sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(ContentHash.sha256Hex(new byte[] {'a', 'b', 'c'}))
                .isEqualTo(ContentHash.sha256Hex("abc"));
    }

    @Test
    void textIsHashedAsItsUtf8BytesExactlyAsGiven() {
        String text = "Café £5 \r\n";
        assertThat(ContentHash.sha256Hex(text))
                .isEqualTo(ContentHash.sha256Hex(text.getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(ContentHash.sha256Hex(text.strip()))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void evidenceIsHashedByItsFileElseItsTextElseItsAddressElseItsReportReference() {
        byte[] file = {1, 2, 3};
        assertThat(ContentHash.ofEvidence(file, "text", "https://x.example", "IWF-1"))
                .isEqualTo(ContentHash.sha256Hex(file));
        assertThat(ContentHash.ofEvidence(null, "text", "https://x.example", "IWF-1"))
                .isEqualTo(ContentHash.sha256Hex("text"));
        assertThat(ContentHash.ofEvidence(null, null, "https://x.example", "IWF-1"))
                .isEqualTo(ContentHash.sha256Hex("https://x.example"));
        assertThat(ContentHash.ofEvidence(null, null, null, "IWF-1"))
                .isEqualTo(ContentHash.sha256Hex("IWF-1"));
        assertThatThrownBy(() -> ContentHash.ofEvidence(null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
