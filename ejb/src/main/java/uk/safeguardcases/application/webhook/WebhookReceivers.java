package uk.safeguardcases.application.webhook;

/**
 * The receivers' side, answered in {@code infrastructure/webhook}: whether an address may receive the board's
 * events, and one try at delivering to it.
 */
public interface WebhookReceivers {

    /**
     * Refuses an address that is not {@code https://host/…} on a public address (plain HTTP and private addresses only
     * when the operator allows private ones), answering why in the caller's language.
     */
    void check(String address) throws AddressRefused;

    /** One try: the signed body posted to the address; never follows a redirect. */
    Answer post(String address, String messageId, long timestampSeconds, String body, String signature);

    /** The receiver's answer: its status (null when none came), and what went wrong (null when it took it). */
    record Answer(Integer status, String error) {

        public boolean accepted() {
            return error == null && status != null && status >= 200 && status < 300;
        }
    }

    /** Why an address may not receive the board's events, in the caller's language. */
    class AddressRefused extends Exception {

        private static final long serialVersionUID = 1L;

        public AddressRefused(String why) {
            super(why);
        }
    }
}
