package uk.safeguardcases.application.official;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.evidence.Platform;

/** One account of the register, with its accredited users (CHSCB authorised use 2.3-3.2). */
public record OfficialAccountView(long id, Platform platform, String handle, String ownerName, String setUpName,
        String jobTitle, String biographyRole, boolean shared, String pictureCheckedByName, Instant pictureCheckedAt,
        String registeredByName, Instant registeredAt, List<AccreditedUserView> users) implements Serializable {

    /** A person listed on it, and whether they are authorised now. */
    public record AccreditedUserView(String username, String name, String designatedRole, java.time.LocalDate passedOn,
            java.time.LocalDate expiresOn, boolean suspended, Instant suspendedAt) implements Serializable {
    }
}
