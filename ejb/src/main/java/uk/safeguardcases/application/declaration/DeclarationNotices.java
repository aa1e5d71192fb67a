package uk.safeguardcases.application.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.domain.declaration.DeclarationNotice;

/** Registers the declarations' e-mails, which {@link DeclarationMail} writes. */
@ApplicationScoped
public class DeclarationNotices implements NoticeKinds {

    @Override
    public List<DeclarationNotice> kinds() {
        return List.of(DeclarationNotice.values());
    }
}
