package uk.safeguardcases.application.hosting;

import java.util.List;

/** Reads every board's health in counts and times, across the boards ({@link BoardHealth}); never any content. */
public interface BoardHealthReadModel {

    List<BoardHealth> all();
}
