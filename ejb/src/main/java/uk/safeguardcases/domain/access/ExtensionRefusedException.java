package uk.safeguardcases.domain.access;

/** An extension the law does not allow: no notice to the person, or one sent after the first month ended. */
public class ExtensionRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ExtensionRefusedException(String message) {
        super(message);
    }
}
