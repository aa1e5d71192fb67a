package uk.safeguardcases.application.transfer;

import java.util.List;
import uk.safeguardcases.domain.transfer.LegalBasis;
import uk.safeguardcases.domain.transfer.TransferRepository.BoardName;

/**
 * What a senior manager may choose when sending a case to another board: the boards it may go to, the evidence items
 * that may go (an item a reporter supplied only once an officer reviewed it; never illegal imagery), how many
 * allegations it has, the third parties' details already kept from the HR partner (offered as the redactions), the
 * legal bases, whether the board's rule asks a second senior manager to check it, whether its rule tells the member
 * once it has gone, whether the case's member has an account with an e-mail address to be told at, and whether the
 * case has a referral pack as sent (which may go with the files).
 */
public record SendChoices(List<BoardName> boards, List<EvidenceChoice> evidence, int allegations,
        String redactions, List<LegalBasis> legalBases, boolean secondSenior, boolean tellMember,
        boolean memberReachable, boolean referralPack) {

    /** An evidence item of the case, by its number within the case; {@code withFile}: it has a file. */
    public record EvidenceChoice(int number, String title, boolean withFile) {
    }

    /** Whether any file may go: an evidence item's, or the referral pack as sent. */
    public boolean filesOffered() {
        return referralPack || evidence.stream().anyMatch(EvidenceChoice::withFile);
    }
}
