package uk.safeguardcases.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.safeguardcases.application.retention.RetentionStep;

/** The answers to subject access requests, once kept long enough, are erased. */
@ApplicationScoped
public class SubjectAccessRetention implements RetentionStep {

    @Inject
    private SubjectAccessRequests requests;

    @Override
    public int removeDue(LocalDate today) {
        return requests.eraseAnswersDue(today);
    }
}
