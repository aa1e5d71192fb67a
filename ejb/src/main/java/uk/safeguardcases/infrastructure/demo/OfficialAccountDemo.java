package uk.safeguardcases.infrastructure.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.Certification;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountProcess;

/**
 * The CHSCB demo board's shared official account, {@code @lscb_chscb} (CHSCB authorised use 2.5-2.6), with its
 * accredited users: the demo officer and member, each with a running accreditation. Once; only on the demo board.
 */
@Stateless
public class OfficialAccountDemo {

    private static final String SHARED_HANDLE = "@lscb_chscb";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Processes processes;

    public void seed(String board) {
        if (!"chscb".equals(board) || !em.createQuery("select a.id from OfficialAccount a where a.handle = :h",
                Long.class).setParameter("h", SHARED_HANDLE).getResultList().isEmpty()) {
            return;
        }
        String senior = board + ".senior";
        Instant now = Instant.now();
        OfficialAccount shared = new OfficialAccount(Platform.X_TWITTER, SHARED_HANDLE, senior, "CHSCB",
                "City & Hackney Safeguarding Children Board",
                "Official account of the City & Hackney Safeguarding Children Board", true, senior, now);
        em.persist(shared);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        accredit(shared, board + ".officer", today.minusDays(400), "Editor", senior, now);
        accredit(shared, board + ".member", today.minusDays(30), "Contributor", senior, now);
    }

    private void accredit(OfficialAccount account, String username, LocalDate passedOn, String role, String by,
            Instant now) {
        Accreditation accreditation = new Accreditation(username, passedOn.minusDays(7), passedOn, by, now);
        em.persist(accreditation);
        em.flush();
        LocalDate expires = accreditation.expiresOn();
        accreditation.startedAs(processes.start(OfficialAccountProcess.ACCREDITATION, "ACCREDITATION-" + username,
                Map.of(OfficialAccountProcess.ACCREDITATION_ID, accreditation.id(),
                        OfficialAccountProcess.FIRST_REMINDER_AT, Date.from(Certification.firstReminderAt(expires)),
                        OfficialAccountProcess.SECOND_REMINDER_AT, Date.from(Certification.secondReminderAt(expires)),
                        OfficialAccountProcess.EXPIRES_AT, Date.from(Certification.expiresAt(expires)),
                        OfficialAccountProcess.EXPIRES_ON, expires.toString())));
        em.persist(new AccreditedUser(account.id(), username, role, by, now));
    }
}
