package uk.safeguardcases.domain.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureInWordsTest {

    @Test
    void theExceptionClassNamesInFrontAreLeftOut() {
        assertThat(FailureInWords.of("java.lang.IllegalStateException: jakarta.mail.MessagingException: "
                + "Could not connect to SMTP host: mail.example, port: 25")).isEqualTo(
                "Could not connect to SMTP host: mail.example, port: 25");
    }

    @Test
    void onlyTheFirstLineIsKeptSoNoStackTraceIsShown() {
        assertThat(FailureInWords.of("Connection refused\n\tat org.postgresql.Driver.connect(Driver.java:1)\n"))
                .isEqualTo("Connection refused");
    }

    @Test
    void aNestedClassAndWordsWithDotsInThemAreTreatedRight() {
        assertThat(FailureInWords.of("org.x.Outer$Inner: The board's rule v2.1 failed: see clause 3.5"))
                .isEqualTo("The board's rule v2.1 failed: see clause 3.5");
    }

    @Test
    void nothingToSayIsSaidPlainly() {
        assertThat(FailureInWords.of(null)).isEqualTo("The step failed without saying why.");
        assertThat(FailureInWords.of("java.lang.NullPointerException: ")).isEqualTo("The step failed without saying why.");
    }

    @Test
    void aLongMessageIsCutWithAnEllipsis() {
        String cut = FailureInWords.of("Ŵ".repeat(1000));
        assertThat(cut).hasSize(FailureInWords.MAX).endsWith("…").startsWith("ŴŴŴ");
    }

    @Test
    void aBareExceptionNameIsTakenOffTooButNotAWordThatMerelyEndsInAColon() {
        assertThat(FailureInWords.of("MailConnectException: Couldn't connect to host, port: localhost, 25"))
                .isEqualTo("Couldn't connect to host, port: localhost, 25");
        assertThat(FailureInWords.of("Warning: the relay said “no” – ŵ 📧")).isEqualTo("Warning: the relay said “no” – ŵ 📧");
    }
}
