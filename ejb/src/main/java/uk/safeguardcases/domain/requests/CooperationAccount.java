package uk.safeguardcases.domain.requests;

/**
 * The member's answer to the co-operation request as it is kept: that they accept an interview (a box they ticked,
 * kept as the product's sentence {@link #ACCEPTS_INTERVIEW} at the start of the answer) and their own words. A
 * document quotes only the member's own words; the interview is a fact it labels.
 *
 * @param ownWords what the member wrote, or "" for nothing
 */
public record CooperationAccount(boolean acceptsInterview, String ownWords) {

    /** The product's sentence kept at the start of the answer when the member ticked "I accept an interview". */
    public static final String ACCEPTS_INTERVIEW = "I accept an interview.";

    /** The answer as kept: {@code ACCEPTS_INTERVIEW}, a blank line and the member's words, or their words alone. */
    public String kept() {
        if (!acceptsInterview) {
            return ownWords;
        }
        return ownWords.isEmpty() ? ACCEPTS_INTERVIEW : ACCEPTS_INTERVIEW + "\n\n" + ownWords;
    }

    /** The answer kept as {@code text} (null for none), told apart into the interview and the member's words. */
    public static CooperationAccount of(String text) {
        if (text == null) {
            return new CooperationAccount(false, "");
        }
        if (text.startsWith(ACCEPTS_INTERVIEW)) {
            return new CooperationAccount(true, text.substring(ACCEPTS_INTERVIEW.length()).strip());
        }
        return new CooperationAccount(false, text);
    }
}
