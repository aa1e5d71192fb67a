package uk.safeguardcases.it;

/**
 * Text as people really type it, for every field a test fills in: Welsh letters (ŵ ŷ), curly quotes, an en dash,
 * a pound sign, right-to-left marks around Hebrew, and an emoji outside the Basic Multilingual Plane. Tests
 * compare what comes back with exactly this.
 */
final class Typed {

    static final String TAIL = "Dŵr, tŷ – “dyfyniad” £5 \u200Fשלום\u200F 🙂";

    private Typed() {
    }

    /** {@code what}, followed by every kind of character the product must keep exactly. */
    static String text(String what) {
        return what + " – " + TAIL;
    }
}
