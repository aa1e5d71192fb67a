package uk.safeguardcases.application.metrics;

/** Where the web layer reports how long each request took, by its family only. */
public interface RequestTimes {

    /** A request of {@code family} answered in {@code nanos}. */
    void served(RequestFamily family, long nanos);
}
