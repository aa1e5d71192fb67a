package uk.safeguardcases.application.metrics;

/**
 * A sign-in refused: a wrong password or code, a locked or unknown account, or an address that tried too often.
 * Carries the board only, {@link #UNKNOWN} when the name given belongs to nobody (or was never looked up), so the
 * name itself never leaves the sign-in.
 */
public record SignInFailed(String board) {

    public static final String UNKNOWN = "unknown";

    public SignInFailed {
        board = board == null || board.isBlank() ? UNKNOWN : board;
    }
}
