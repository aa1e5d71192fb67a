package uk.safeguardcases.application.official;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.official.OfficialAccountRequest;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/** An account and a business case as the pages show them: people by name, and what the reader may do now. */
final class AccountViews {

    private AccountViews() {
    }

    /** One account of the register with its accredited users, each with their certification. */
    static OfficialAccountView of(OfficialAccount a, OfficialAccountRepository accounts, PersonRepository people) {
        List<AccreditedUser> users = accounts.usersOf(a.id());
        Map<String, String> names = people.displayNames(Stream.concat(Stream.of(a.owner(), a.pictureCheckedBy(),
                a.registeredBy()), users.stream().map(AccreditedUser::username)).distinct().toList());
        return new OfficialAccountView(a.id(), a.platform(), a.handle(), names.getOrDefault(a.owner(), a.owner()),
                a.setUpName(), a.jobTitle(), a.biographyRole(), a.shared(),
                names.getOrDefault(a.pictureCheckedBy(), a.pictureCheckedBy()), a.pictureCheckedAt(),
                names.getOrDefault(a.registeredBy(), a.registeredBy()), a.registeredAt(),
                users.stream().map(u -> {
                    Optional<Accreditation> cert = accounts.accreditationOf(u.username());
                    return new OfficialAccountView.AccreditedUserView(u.username(),
                            names.getOrDefault(u.username(), u.username()), u.designatedRole(),
                            cert.map(Accreditation::passedOn).orElse(null),
                            cert.map(Accreditation::expiresOn).orElse(null), u.suspended(), u.suspendedAt());
                }).toList());
    }

    /** Business cases as {@code caller} sees them: decidable by a senior who did not ask, answerable by who asked. */
    static List<OfficialAccountRequestView> of(List<OfficialAccountRequest> requests, Caller caller,
            PersonRepository people) {
        Collection<String> usernames = requests.stream().flatMap(r -> Stream.of(r.requestedBy(), r.decidedBy()))
                .filter(u -> u != null).distinct().toList();
        Map<String, String> names = people.displayNames(usernames);
        return requests.stream().map(r -> new OfficialAccountRequestView(r.reference(), r.requestedBy(),
                names.getOrDefault(r.requestedBy(), r.requestedBy()), r.requestedAt(), r.platform(), r.handle(),
                r.setUpName(), r.jobTitle(), r.biographyRole(), r.businessCase(), r.status(),
                r.consultationQuestion(), r.consultationAnswer(),
                r.decidedBy() == null ? null : names.getOrDefault(r.decidedBy(), r.decidedBy()), r.decidedAt(),
                r.decisionNote(), r.accountId(),
                caller.has(Role.SENIOR) && r.awaitingDecision() && r.decidableBy(caller.username()),
                r.answerableBy(caller.username()))).toList();
    }
}
