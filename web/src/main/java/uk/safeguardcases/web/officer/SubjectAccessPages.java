package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.domain.access.SubjectAccessProcess;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/** Subject access requests (UK GDPR Article 15): answered on the request's own page; a link for officers. */
@ApplicationScoped
public class SubjectAccessPages implements ProcessPages {

    @Override
    public Map<String, String> taskPages() {
        return Map.of(SubjectAccessProcess.ANSWER, "/officer/subject-access-request.xhtml");
    }

    @Override
    public List<Link> links() {
        return List.of(Link.workspace(50, "nav.subjectAccess", "/officer/subject-access.xhtml", Role.OFFICER,
                Role.SENIOR));
    }
}
