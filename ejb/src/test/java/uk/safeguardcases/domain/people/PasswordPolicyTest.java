package uk.safeguardcases.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Length, not composition; never one of the passwords people use most; never the user name. */
class PasswordPolicyTest {

    @Test
    void threeRandomWordsAreAGoodPasswordWithoutDigitsOrCapitals() {
        assertThat(PasswordPolicy.check("chscb.officer", "ceffyl tegell mynydd".toCharArray())).isEmpty();
        assertThat(PasswordPolicy.check("chscb.officer", "Dŵr – “tŷ” £5 🙂 glas".toCharArray())).isEmpty();
    }

    @Test
    void tooShortTooLongOrTheUserName() {
        assertThat(PasswordPolicy.check("a", "short".toCharArray())).hasValue(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("a", "x".repeat(129).toCharArray())).hasValue(PasswordPolicy.Problem.TOO_LONG);
        assertThat(PasswordPolicy.check("chscb.officer", "my CHSCB.Officer pass".toCharArray()))
                .hasValue(PasswordPolicy.Problem.CONTAINS_USERNAME);
    }

    @Test
    void thePasswordsPeopleUseMostAreRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.check("someone", "qwertyuiopasdfghjkl".toCharArray()))
                .hasValue(PasswordPolicy.Problem.COMMON);
        assertThat(PasswordPolicy.check("someone", "PasswordPassword".toCharArray()))
                .hasValue(PasswordPolicy.Problem.COMMON);
    }
}
