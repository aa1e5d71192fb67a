package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintNotice;

/** A registration of the data protection complaints (DPA 2018 s.164A), found by the core as a bean. */
@ApplicationScoped
public class DpComplaintNotices implements NoticeKinds {
    @Override
    public List<DpComplaintNotice> kinds() {
        return List.of(DpComplaintNotice.values());
    }
}
