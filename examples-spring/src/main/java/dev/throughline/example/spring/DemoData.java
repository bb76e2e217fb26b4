package dev.throughline.example.spring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The clinic of LoopBack's docs at start: Dr. House sees Ann and Bob, Dr. Wilson sees Bob. */
@Component
@ConditionalOnProperty(name = "clinic.seed", havingValue = "true")
public class DemoData implements ApplicationRunner {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  public void run(ApplicationArguments arguments) {
    if (!em.createQuery("from Doctor", Doctor.class).setMaxResults(1).getResultList().isEmpty()) {
      return;
    }
    Doctor house = new Doctor("Dr. House");
    Doctor wilson = new Doctor("Dr. Wilson");
    em.persist(house);
    em.persist(wilson);
    DoctorPatients.of(em, house).create(new Patient("Ann"), a -> a.setAppointmentDate(LocalDate.of(2026, 12, 1)));
    Patient bob = DoctorPatients.of(em, house)
        .create(new Patient("Bob"), a -> a.setAppointmentDate(LocalDate.of(2026, 12, 2)));
    DoctorPatients.of(em, wilson).link(bob.getPid(), a -> a.setAppointmentDate(LocalDate.of(2026, 12, 3)));
  }
}
