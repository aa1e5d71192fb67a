package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintAction;

/** A registration of the data protection complaints (DPA 2018 s.164A), found by the core as a bean. */
@ApplicationScoped
public class DpComplaintActions implements TimelineActions {
    @Override
    public List<DpComplaintAction> actions() {
        return List.of(DpComplaintAction.values());
    }
}
