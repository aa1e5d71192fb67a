package uk.safeguardcases.domain.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptCodeTest {

    @Test
    void aCodeCarriesMoreThanAHundredBitsInSevenReadableGroupsOfFour() {
        String code = ReceiptCode.newCode();
        assertThat(ReceiptCode.BITS).isGreaterThanOrEqualTo(100);
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}");
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ReceiptCode.newCode())).isTrue();
        }
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesOrLookAlikesOpensTheSameReport() {
        String code = ReceiptCode.newCode();
        String typed = " " + code.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l') + " ";
        assertThat(ReceiptCode.digest(typed)).isEqualTo(ReceiptCode.digest(code));
        assertThat(ReceiptCode.digest(code)).hasSize(64).doesNotContain(code);
    }

    @Test
    void somethingThatIsNotACodeIsNeverTheHashOfOne() {
        assertThat(ReceiptCode.normalise("ABCD")).isEmpty();
        assertThat(ReceiptCode.normalise("ŵŷ “quotes” – £ 🙂")).isEmpty();
        assertThat(ReceiptCode.normalise(null)).isEmpty();
        assertThat(ReceiptCode.digest("ABCD")).isNotEqualTo(ReceiptCode.digest("ABCE")).hasSize(64);
    }
}
