package uk.safeguardcases.web.declaration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguardcases.application.declaration.MemberDeclaration;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.declaration.ToCountersign;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.web.portal.WaitingForMember;

/**
 * The declarations waiting for the member on their portal's home page: the policy declaration they are asked to sign,
 * and for a manager their team's signed declarations to countersign. Read once per request, when the page first asks.
 */
@RequestScoped
public class DeclarationsWaiting implements WaitingForMember {

    @Inject
    private PolicyDeclarations declarations;

    private MemberDeclaration toSign;
    private List<ToCountersign> toCountersign;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/declaration/waiting.xhtml";
    }

    @Override
    public boolean isAnything() {
        return getToSign() != null || !getToCountersign().isEmpty();
    }

    /** The policy declaration the member is asked to sign, or null. */
    public MemberDeclaration getToSign() {
        load();
        return toSign;
    }

    /** The team's signed declarations waiting for this member, as their manager, to countersign. */
    public List<ToCountersign> getToCountersign() {
        load();
        return toCountersign;
    }

    private void load() {
        if (toCountersign == null) {
            toSign = declarations.mine().stream().filter(d -> d.status() == DeclarationStatus.ASKED).findFirst()
                    .orElse(null);
            toCountersign = declarations.toCountersign();
        }
    }
}
