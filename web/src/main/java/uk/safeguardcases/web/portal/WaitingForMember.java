package uk.safeguardcases.web.portal;

/**
 * What a process has waiting for the signed-in member on their portal's home page ({@code /portal/requests.xhtml}),
 * beside the requests of their cases (a policy declaration to sign, say). A {@code @RequestScoped} bean in the
 * process's package, found by CDI: the page includes its {@link #fragment()} (in {@code WEB-INF/<process>/}, which
 * reads the bean as {@code #{waiting}} and says itself when it shows) among every process's, in their
 * {@link #order()}, and says "nothing waits" only when no request and no process has anything. The portal names no
 * process.
 */
public interface WaitingForMember {

    /** Where its fragment stands among the processes', the smallest first. */
    int order();

    /** Its fragment, {@code /WEB-INF/<process>/….xhtml}. */
    String fragment();

    /** Whether anything of it waits for the member. */
    boolean isAnything();
}
