package uk.safeguardcases.application.official;

import java.io.Serializable;
import uk.safeguardcases.domain.evidence.Platform;

/** An account of the register as a case's form offers it to choose from: its handle and platform, nothing more. */
public record OfficialAccountChoice(long id, Platform platform, String handle) implements Serializable {
}
