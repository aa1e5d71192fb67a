package uk.safeguardcases.application.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguardcases.domain.cases.ClosureReason;

class ReportWordsTest {

    /**
     * The follow-up page tells the reporter how it ended by the case's closure reason: a reason without words in
     * either language would fail the page for that reporter every time (the Welsh file alone, not its English parent).
     */
    @org.junit.jupiter.api.Test
    void everyCoreClosureReasonHasAnOutcomeInEnglishAndInWelsh() throws IOException {
        for (ClosureReason reason : ClosureReason.core()) {
            for (String file : new String[] {"publicconcern.properties", "publicconcern_cy.properties"}) {
                assertThat(bundle(file).getProperty("report.outcome." + reason.name())).as(file + " " + reason)
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"publicconcern.properties", "publicconcern_cy.properties"})
    void theRaisePageWarnsAgainstUploadingPicturesOfAbuse(String file) throws IOException {
        assertThat(bundle(file).getProperty("page.files.warning")).contains("999");
    }

    private static Properties bundle(String file) throws IOException {
        Properties words = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
