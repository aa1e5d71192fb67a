package uk.safeguardcases.application.chronology;

import java.util.List;

/**
 * What a person's chronology is drawn from in the product's own records, each kind as rows of plain values
 * (implemented beside the persistence); at most {@code most} rows of each. Each process reads its own records for its
 * {@link ChronologyPart}.
 */
public interface ChronologyReadModel {

    /** The cases about the person: id, reference, raised, closed, closure reason, source, when it happened, whether only its day was said. */
    List<Object[]> casesAbout(long personId, int most);

    /** The requests sent about the person's cases: sent, kind, case id, answered, answer. */
    List<Object[]> requestsTo(long personId, int most);
}
