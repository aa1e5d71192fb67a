package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.calendar.BankHoliday;
import uk.safeguardcases.domain.calendar.BoardClosureDay;
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

    @Override
    public List<BankHoliday> bankHolidaysFrom(LocalDate from) {
        return em.createQuery("select h from BankHoliday h where h.date >= :from order by h.date", BankHoliday.class)
                .setParameter("from", from).getResultList();
    }

    @Override
    public Optional<BankHoliday> bankHoliday(LocalDate date) {
        return em.createQuery("select h from BankHoliday h where h.date = :date", BankHoliday.class)
                .setParameter("date", date).getResultStream().findFirst();
    }

    @Override
    public List<BoardClosureDay> closureDaysFrom(LocalDate from) {
        return em.createQuery("select d from BoardClosureDay d where d.date >= :from order by d.date",
                        BoardClosureDay.class)
                .setParameter("from", from).getResultList();
    }

    @Override
    public boolean closedOn(LocalDate date) {
        return !em.createQuery("select d.id from BoardClosureDay d where d.date = :date", Long.class)
                .setParameter("date", date).getResultList().isEmpty();
    }

    @Override
    public Optional<BoardClosureDay> closureDay(long id) {
        return em.createQuery("select d from BoardClosureDay d where d.id = :id", BoardClosureDay.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(BoardClosureDay day) {
        em.persist(day);
    }

    @Override
    public void remove(BoardClosureDay day) {
        em.remove(day);
    }
}
