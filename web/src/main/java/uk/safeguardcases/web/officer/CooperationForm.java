package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * The member's co-operation (CHSCB 6.3), a statement or an interview, recorded by the officer; where log-ins were
 * involved, only that supervised access took place (never a password).
 */
@Dependent
public class CooperationForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    private MemberResponse how;
    private String account;
    private boolean supervisedAccess;

    public void record() {
        send("cooperation", "case.done.cooperation",
                () -> requests.recordCooperation(ref(), how, account, supervisedAccess));
    }

    public MemberResponse[] getResponses() {
        return new MemberResponse[] {MemberResponse.STATEMENT, MemberResponse.INTERVIEW};
    }

    public MemberResponse getHow() {
        return how;
    }

    public void setHow(MemberResponse how) {
        this.how = how;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public boolean isSupervisedAccess() {
        return supervisedAccess;
    }

    public void setSupervisedAccess(boolean supervisedAccess) {
        this.supervisedAccess = supervisedAccess;
    }
}
