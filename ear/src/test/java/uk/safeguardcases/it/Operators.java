package uk.safeguardcases.it;

import static uk.safeguardcases.it.CaseFixtures.bean;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.safeguardcases.application.hosting.HostOperators;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Totp;

/** Hosting operators for tests inside the server: one made, enrolled and signed in, as the pages do it. */
final class Operators {

    /** An operator's caller, as the operator's door sets it (no board). */
    static final Caller OPERATOR = new Caller("host:it.operator", "Ceri Ŵyn", null, Set.of(), null);

    private static final String PASSWORD = "Operator–pass “2026” ŵ";

    private Operators() {
    }

    /** A new operator, enrolled, signed in through the operator's sign-in page. */
    static Browser signedIn() {
        String username = "op" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HostOperators operators = bean(HostOperators.class);
        String token = CallerContext.runAs(OPERATOR, () -> operators.add(username, "Operator " + username,
                username + "@host.example"));
        String secret = Totp.newSecret();
        operators.enrol(token, secret, PASSWORD.toCharArray(), PASSWORD.toCharArray(),
                Totp.codeAt(secret, Instant.now()));
        Browser browser = new Browser(CaseFixtures.base());
        Browser.Page home = browser.submit(browser.open("operator/sign-in.xhtml"), "operatorSignIn",
                Map.of("username", username, "password", PASSWORD,
                        "code", Totp.codeAt(secret, Instant.now().plusSeconds(30))), "signIn");
        if (!home.uri().contains("operator/boards.xhtml")) {
            throw new AssertionError("The operator did not sign in: " + home.uri());
        }
        return browser;
    }
}
