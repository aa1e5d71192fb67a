package uk.safeguardcases.domain.report;

import java.util.List;
import java.util.Optional;

/**
 * How long something took across a number of cases: the median and the 90th percentile (continuous, as SQL's
 * {@code percentile_cont} interpolates between the two nearest values). Like a small count, a statistic of a few
 * cases describes those few people: the median is shown for 5 cases or more, the 90th percentile, which is close to
 * the slowest case, for 10 or more.
 */
public record Spread(long cases, Double median, Double ninetieth) {

    public static final long MEDIAN_FROM = Suppression.THRESHOLD;
    public static final long NINETIETH_FROM = 2 * Suppression.THRESHOLD;

    /** The number of cases as it may be published: a count like any other. */
    public Shown shownCases() {
        return new Shown(cases, Suppression.small(cases) ? Shown.Mark.FEWER_THAN_FIVE : Shown.Mark.SHOWN);
    }

    /** The median as it may be published. */
    public Optional<Double> publishedMedian() {
        return cases >= MEDIAN_FROM && median != null ? Optional.of(median) : Optional.empty();
    }

    /** The 90th percentile as it may be published. */
    public Optional<Double> publishedNinetieth() {
        return cases >= NINETIETH_FROM && ninetieth != null ? Optional.of(ninetieth) : Optional.empty();
    }

    /** The continuous percentile {@code p} (0 to 1) of sorted {@code values}, as {@code percentile_cont} works it out. */
    public static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }
}
