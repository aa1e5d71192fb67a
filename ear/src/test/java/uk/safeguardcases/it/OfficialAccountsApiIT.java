package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.ApiCalls.get;
import static uk.safeguardcases.it.ApiCalls.token;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.official.AccountRegister;
import uk.safeguardcases.application.official.Accreditations;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.it.ApiCalls.Answer;

/**
 * Official accounts and accreditations through the API (issue 68, {@code /api/official-accounts}): the board's
 * officers and senior managers read the register with each account's accredited users, one account, and the
 * accreditations with their three-year expiry; the board's other roles are refused; another board's account is not
 * found and its register never shows this one's.
 */
@ExtendWith(ArquillianExtension.class)
class OfficialAccountsApiIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(OfficialAccountsApiIT.class);
    }

    @Test
    void theBoardsOfficersAndSeniorsReadItsAccountsAndAccreditationsAndNobodyElseDoes() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String senior = board.person("senior");
        String member = board.person("member");
        String biography = "Cyfrif swyddogol – “Bwrdd” ŵ 🙂";
        long account = as(senior, () -> bean(AccountRegister.class).register(Platform.X_TWITTER, "@api_chscb", senior,
                "CHSCB", "Safeguarding Board", biography, true, true));
        LocalDate passed = LocalDate.now(UK).minusDays(2);
        Accreditations accreditations = bean(Accreditations.class);
        as(senior, () -> accreditations.recordAccreditation(member, passed.minusDays(7), passed));
        as(senior, () -> accreditations.list(account, member, "Editor"));

        String officer = token(board.officer(), Scope.READ);
        JsonObject register = get(officer, "official-accounts", null).json();
        JsonObject listed = register.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("handle").equals("@api_chscb")).findFirst().orElseThrow();
        assertThat(listed.getString("platform")).isEqualTo("X_TWITTER");
        assertThat(listed.getString("biographyRole")).isEqualTo(biography);
        assertThat(listed.getJsonArray("users").getValuesAs(JsonObject.class)).singleElement().satisfies(u -> {
            assertThat(u.getString("username")).isEqualTo(member);
            assertThat(u.getString("designatedRole")).isEqualTo("Editor");
            assertThat(u.getBoolean("suspended")).isFalse();
        });
        assertThat(get(token(senior, Scope.READ), "official-accounts/" + account, null).json().getString("handle"))
                .isEqualTo("@api_chscb");
        JsonObject accredited = get(officer, "official-accounts/accreditations", null).json()
                .getJsonArray("accreditations").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(member)).findFirst().orElseThrow();
        assertThat(accredited.getString("expiresOn")).isEqualTo(passed.plusYears(3).toString());
        assertThat(accredited.getBoolean("expired")).isFalse();

        // Another board: this account is not found, and not in its register; the other roles are refused.
        String theirs = token(other.officer(), Scope.READ);
        assertThat(get(theirs, "official-accounts/" + account, null).status()).isEqualTo(404);
        assertThat(get(theirs, "official-accounts", null).body()).doesNotContain("@api_chscb");
        assertThat(get(theirs, "official-accounts/accreditations", null).body()).doesNotContain(member);
        for (String role : List.of("hr", "admin")) {
            Answer refused = get(token(board.person(role), Scope.READ), "official-accounts", null);
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("@api_chscb");
        }
        assertThat(get(officer, "official-accounts/first", null).status()).isEqualTo(404);
    }
}
