package uk.safeguardcases.application.api;

import java.io.Serializable;

/**
 * A key just made: {@code key} is the whole key, shown to the administrator this once and never stored.
 */
public record NewApiKey(ApiKeyView view, String key) implements Serializable {

    /** Without the key, which must not end up in logs. */
    @Override
    public String toString() {
        return "NewApiKey[" + view + "]";
    }
}
