package uk.safeguardcases.application.metrics;

/** The figures as last taken (every 30 s, by the figures' own refresh): for readiness, which must run no query of its own. */
public interface LatestFigures {

    BoardFigures figures();
}
