package uk.safeguardcases.application;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Input that cannot be accepted, with a plain message per field; nothing has been saved. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessages;

    public InvalidInputException(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
