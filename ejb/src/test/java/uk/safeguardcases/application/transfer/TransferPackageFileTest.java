package uk.safeguardcases.application.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.transfer.LegalBasis;
import uk.safeguardcases.domain.transfer.ReceivedItem;
import uk.safeguardcases.domain.transfer.TransferPackage;

/**
 * The file a case goes as to another deployment: its two entries come back as they went; anything else, an entry
 * missing, a file that is not a ZIP, and one that unpacks bigger than a package may be, is refused before its
 * signature is even looked at. Its JSON names its format and carries the sending board's names.
 */
class TransferPackageFileTest {

    private static final byte[] CONTENT = "{\"Ŵ\":\"“£” – 🙂\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIGNATURE = {0x30, (byte) 0x82, 0x01, 0x02};

    @Test
    void theTwoEntriesComeBackAsTheyWent() {
        TransferPackageFile.Contents back = TransferPackageFile.read(TransferPackageFile.write(CONTENT, SIGNATURE));

        assertThat(back.content()).isEqualTo(CONTENT);
        assertThat(back.signature()).isEqualTo(SIGNATURE);
    }

    @Test
    void whatIsNotAPackageIsRefusedInWords() throws Exception {
        assertRefused(new byte[0], "empty");
        assertRefused("PK not really".getBytes(StandardCharsets.UTF_8), "notAPackage");
        assertRefused(zip(new String[] {TransferPackageFile.CONTENT}, CONTENT), "notAPackage");
        assertRefused(zip(new String[] {TransferPackageFile.CONTENT, TransferPackageFile.SIGNATURE, "extra.txt"},
                CONTENT), "notAPackage");
        assertRefused(zip(new String[] {TransferPackageFile.CONTENT, "../" + TransferPackageFile.SIGNATURE},
                CONTENT), "notAPackage");
        assertRefused(new byte[TransferPackageFile.MOST_BYTES + 1], "tooBig");
        // Small as a file, far bigger unpacked.
        byte[] bomb = zip(new String[] {TransferPackageFile.CONTENT, TransferPackageFile.SIGNATURE},
                new byte[TransferPackageFile.MOST_BYTES + 10]);
        assertThat(bomb.length).isLessThan(100_000);
        assertRefused(bomb, "tooBig");
    }

    @Test
    void theJsonForAnotherDeploymentCarriesTheBoardsNamesAndTheFormat() {
        TransferPackage sent = new TransferPackage("cwmtaf", 3L, "CTSB-2026-0001", LegalBasis.DUTY_TO_SHARE,
                "Mae’n gwirfoddoli yng Ngwent – “Y Dreigiau”", "Siôn Ŵyn", "Ysgol Gymraeg", "Crynodeb £5 \u200F",
                null, null, null, 2, List.of(ReceivedItem.allegation("CTSB 4.2", "Manylion 🙂")),
                List.of(new TransferPackage.File(uk.safeguardcases.domain.transfer.ReceivedFile.Kind.EVIDENCE,
                        "Evidence 2: Instagram – “llun”", "llun-ŵyn.png", "image/png",
                        uk.safeguardcases.domain.evidence.ContentHash.sha256Hex(new byte[] {(byte) 0x89, 'P', 0, -1}),
                        new byte[] {(byte) 0x89, 'P', 0, -1})));
        Instant madeAt = Instant.parse("2026-12-01T09:15:30.123456Z");

        byte[] json = TransferPackageJson.writeForAnotherDeployment(sent, "Cwm Taf Morgannwg Safeguarding Board",
                "Bwrdd Diogelu Cwm Taf Morgannwg", "Gwent – Bwrdd “Diogelu”", madeAt);
        TransferPackageJson.FromAnotherDeployment back = TransferPackageJson.readFromAnotherDeployment(json);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains(TransferPackageJson.FORMAT);
        assertThat(back.sent()).usingRecursiveComparison().isEqualTo(sent);
        assertThat(back.sent().files()).singleElement().satisfies(f -> {
            assertThat(f.content()).containsExactly((byte) 0x89, 'P', 0, -1);
            assertThat(f.fileName()).isEqualTo("llun-ŵyn.png");
        });
        assertThat(back.boardName()).isEqualTo("Cwm Taf Morgannwg Safeguarding Board");
        assertThat(back.boardNameCy()).isEqualTo("Bwrdd Diogelu Cwm Taf Morgannwg");
        assertThat(back.toBoard()).isEqualTo("Gwent – Bwrdd “Diogelu”");
        assertThat(back.madeAt()).isEqualTo(madeAt);
        // A package between two boards of one deployment is not one for another deployment.
        assertThatThrownBy(() -> TransferPackageJson.readFromAnotherDeployment(TransferPackageJson.write(sent)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransferPackageJson.readFromAnotherDeployment("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(byte[] file, String why) {
        assertThatThrownBy(() -> TransferPackageFile.read(file)).as(why)
                .isInstanceOf(TransferPackageFile.NotAPackageException.class).hasMessage(why);
    }

    private static byte[] zip(String[] names, byte[] each) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(each);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
