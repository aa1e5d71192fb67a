package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintRepository;
import uk.safeguardcases.domain.people.Person;

/**
 * The complaints a person made, in their subject access answer (heading {@code sar.dataProtectionComplaints}):
 * those made from their account, or giving the address the request names or their account has.
 */
@ApplicationScoped
public class DpComplaintAccess implements SubjectAccessPart {
    @Inject
    DpComplaintRepository complaints;

    @Override
    public String key() {
        return "dataProtectionComplaints";
    }

    @Override
    public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
        Map<Long, DataProtectionComplaint> found = new LinkedHashMap<>();
        String username = account == null ? null : account.username();
        for (String email : new String[] {account == null ? null : account.email(), request.subjectEmail()}) {
            if (username != null || email != null && !email.isBlank()) {
                complaints.madeBy(username, email).forEach(c -> found.putIfAbsent(c.id(), c));
            }
        }
        List<Object> items = new ArrayList<>();
        for (DataProtectionComplaint c : found.values()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("complaintReference", c.reference());
            item.put("complaintReceived", SubjectAccessPart.when(c.receivedAt()));
            item.put("complaintWords", c.words());
            item.put("complaintName", c.complainantName());
            item.put("complaintEmail", c.complainantEmail());
            item.put("complaintPhone", c.complainantPhone());
            item.put("complaintAcknowledged", SubjectAccessPart.when(c.acknowledgedAt()));
            item.put("complaintOutcome", c.outcome() == null ? null : c.outcome().name());
            item.put("complaintOutcomeWords", c.outcomeWords());
            items.add(item);
        }
        return items;
    }
}
