package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * The member's answer to the content-removal request (CHSCB 5.3), recorded by the officer when it came another
 * way than the portal.
 */
@Dependent
public class RemovalResponseForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    private MemberResponse response;
    private String text;

    public void record() {
        send("removalResponse", "case.done.response", () -> requests.respondToRemoval(ref(), response, text));
    }

    public MemberResponse[] getResponses() {
        return new MemberResponse[] {MemberResponse.REMOVED, MemberResponse.CONTESTED, MemberResponse.MORE_TIME};
    }

    public MemberResponse getResponse() {
        return response;
    }

    public void setResponse(MemberResponse response) {
        this.response = response;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
