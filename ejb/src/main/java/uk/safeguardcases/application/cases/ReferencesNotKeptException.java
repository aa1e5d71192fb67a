package uk.safeguardcases.application.cases;

import jakarta.ejb.ApplicationException;
import uk.safeguardcases.application.Texts;

/**
 * A new record was refused because its reference could not be kept where a restore cannot lose it
 * ({@link IssuedReferences}): a reference nobody could keep would be given to a second record after a restore, so none is
 * given. Nothing was saved; the person is told in their language, the API answers 503, and the operator sees it in
 * readiness, a figure and an alert.
 */
@ApplicationException(rollback = true)
public class ReferencesNotKeptException extends RuntimeException {

    public ReferencesNotKeptException(Throwable cause) {
        super(Texts.text("references.notKept"), cause);
    }
}
