package uk.safeguardcases.application.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.transfer.LegalBasis;
import uk.safeguardcases.domain.transfer.ReceivedItem;
import uk.safeguardcases.domain.transfer.TransferPackage;

/**
 * What goes between the two boards' processes comes out as it went in: the text people type (ŵ ŷ, “quotes”, – dashes,
 * £, a right-to-left mark, emoji, new lines), absent values absent, and every item in its order and kind.
 */
class TransferPackageJsonTest {

    @Test
    void aPackageComesBackAsItWent() {
        TransferPackage sent = new TransferPackage("cwmtaf", 12L, "CTSB-2026-0007", LegalBasis.TRANSFERABLE_RISK_WALES,
                "Mae’n hyfforddi tîm dan 11 – “Y Dreigiau”\nSul a Mercher", "Siôn Ŵyn", null,
                "Postiodd lun o blentyn £5 \u200F‏שלום 🙂", null, null, "UNSUBSTANTIATED", 0,
                List.of(ReceivedItem.allegation("CTSB 4.2 Ffotograffau", null),
                        ReceivedItem.evidence("Evidence 2: Instagram", null, "https://instagram.com/p/ŵ",
                                "0f".repeat(32), Instant.parse("2026-10-01T08:30:00Z")),
                        ReceivedItem.evidence("Evidence 3: Other", "Captured text", null, "aa".repeat(32), null)));

        TransferPackage back = TransferPackageJson.read(TransferPackageJson.write(sent));

        assertThat(back).usingRecursiveComparison().isEqualTo(sent);
        assertThat(back.items()).extracting(ReceivedItem::kind).containsExactly(ReceivedItem.Kind.ALLEGATION,
                ReceivedItem.Kind.EVIDENCE, ReceivedItem.Kind.EVIDENCE);
    }
}
