package uk.safeguardcases.domain.report;

/**
 * One published figure: the count, or why it is not shown. A count from 1 to 4 is shown as "fewer than 5"
 * ({@link Mark#FEWER_THAN_FIVE}); a count that would let a reader work one of those out from a total is withheld
 * ({@link Mark#WITHHELD}). The value of a figure not shown stays here for the suppression rule and its tests only:
 * nothing that publishes a figure reads it ({@link #published()}).
 */
public record Shown(long value, Mark mark) {

    /** Why a figure is not shown, if it is not. */
    public enum Mark {
        SHOWN,
        /** 1 to 4: small enough to identify someone (primary suppression). */
        FEWER_THAN_FIVE,
        /** Large enough to show, but a total would then reveal a figure shown as "fewer than 5" (secondary). */
        WITHHELD
    }

    public static Shown of(long value) {
        return new Shown(value, Mark.SHOWN);
    }

    public boolean isShown() {
        return mark == Mark.SHOWN;
    }

    /** The number a reader may see; empty when it is not shown. */
    public java.util.OptionalLong published() {
        return isShown() ? java.util.OptionalLong.of(value) : java.util.OptionalLong.empty();
    }
}
