package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.domain.calendar.CalendarRepository;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<LocalDate> bankHolidays() {
        return em.createQuery("select h.date from BankHoliday h", LocalDate.class).getResultList();
    }

    @Override
    public List<LocalDate> closureDays() {
        return em.createQuery("select d.date from BoardClosureDay d", LocalDate.class).getResultList();
    }
}
