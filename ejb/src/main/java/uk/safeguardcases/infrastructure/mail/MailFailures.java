package uk.safeguardcases.infrastructure.mail;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/** Which failures to send an e-mail will not go away by trying again. */
final class MailFailures {

    private MailFailures() {
    }

    /**
     * True when the address itself is the problem: it is not an address at all, or the mail server refused it
     * (it answered the recipient with a permanent error). A server that is down or slow is worth another try.
     */
    static boolean addressRefused(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException send && send.getInvalidAddresses() != null
                    && send.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * True when the mail server could not be reached at all (the connection was refused, its name is unknown, it did
     * not answer in time): no message would get through now, whatever its address.
     */
    static boolean serverUnreachable(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
