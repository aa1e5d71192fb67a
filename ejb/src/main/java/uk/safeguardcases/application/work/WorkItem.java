package uk.safeguardcases.application.work;

import java.io.Serializable;
import java.util.Date;

/** A task of the investigation waiting for someone in the caller's role. */
public record WorkItem(String taskId, String name, String caseReference, Date created, Date due)
        implements Serializable {
}
