package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void everyMarkedTermGoesWhereverItIsWhateverItsCaseAndTheCountSaysHowMany() {
        Redaction redaction = Redaction.of("Bethan Ŵyn\n\n  07700 900123 \nbethan ŵyn\nŴyn");
        assertThat(Redaction.terms("Bethan Ŵyn\n\n  07700 900123 \nbethan ŵyn\nŴyn"))
                .containsExactly("Bethan Ŵyn", "07700 900123", "Ŵyn");
        assertThat(redaction.apply("Posted a photo of BETHAN ŴYN’s children – call 07700 900123 or Ŵyn."))
                .isEqualTo("Posted a photo of [redacted]’s children – call [redacted] or [redacted].");
        assertThat(redaction.count()).isEqualTo(3);
        assertThat(redaction.apply("Nothing here $1 \\ (a.b)")).isEqualTo("Nothing here $1 \\ (a.b)");
        assertThat(redaction.apply(null)).isNull();
        assertThat(Redaction.of(null).apply("Bethan")).isEqualTo("Bethan");
        assertThat(Redaction.of("a.b").apply("axb a.b")).as("terms are words, not patterns").isEqualTo("axb [redacted]");
    }

    @Test
    void aTermIsAWholeWordInWhicheverUnicodeFormItWasTyped() {
        Redaction redaction = Redaction.of("Ann\nSia\u0302n");
        assertThat(redaction.apply("Ann wrote the Annual report; ANN’s son; Joanne."))
                .isEqualTo("[redacted] wrote the Annual report; [redacted]’s son; Joanne.");
        assertThat(redaction.apply("Siân (composed) and Sia\u0302n (decomposed) and Sian"))
                .isEqualTo("[redacted] (composed) and [redacted] (decomposed) and Sian");
    }
}
