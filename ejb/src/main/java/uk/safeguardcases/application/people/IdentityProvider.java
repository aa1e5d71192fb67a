package uk.safeguardcases.application.people;

import java.net.URI;
import java.util.Map;
import uk.safeguardcases.domain.board.SingleSignOn;

/**
 * A board's identity provider, spoken to with OpenID Connect (Authorization Code with PKCE): where to send the browser
 * to sign in, and the verified claims of the person it sends back. Implemented in infrastructure.
 */
public interface IdentityProvider {

    /** Reads the provider's published configuration: whether {@code settings} name a provider that answers. */
    void check(SingleSignOn settings) throws SingleSignOnRefused;

    /** The provider's sign-in address for this attempt. */
    URI signInAddress(SingleSignOn settings, String returnAddress, String state, String nonce, String codeChallenge)
            throws SingleSignOnRefused;

    /**
     * Exchanges the code the provider sent back for an ID token and returns its claims, once its signature, issuer,
     * audience, expiry and nonce are verified.
     */
    Map<String, Object> claims(SingleSignOn settings, String code, String returnAddress, String codeVerifier,
            String nonce) throws SingleSignOnRefused;

    /**
     * The claims of an access token the provider issued for the product's API (a bearer token), once its signature,
     * algorithm, issuer, audience, authorised party, expiry, issue and not-before times are verified.
     */
    Map<String, Object> accessTokenClaims(SingleSignOn settings, String token) throws SingleSignOnRefused;
}
