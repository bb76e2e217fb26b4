package com.acme.clinic;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.cfg.Configuration;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.Test;

class OutsideTest {
  @Test
  void works() {
    var cfg = new Configuration().addAnnotatedClass(Doctor.class).addAnnotatedClass(Appointment.class).addAnnotatedClass(Patient.class);
    cfg.setProperty("jakarta.persistence.jdbc.url", "jdbc:h2:mem:o;DB_CLOSE_DELAY=-1");
    cfg.setProperty("hibernate.hbm2ddl.auto", "create-drop");
    try (var sf = cfg.buildSessionFactory()) {
      sf.inTransaction(s -> {
        Doctor d = new Doctor(); d.name = "House"; s.persist(d);
        Patient p = new Patient(); p.name = "Ann";
        DoctorPatients.of(s, d).create(p, a -> a.appointmentDate = LocalDate.now());
        Patient q = new Patient(); q.name = "Bob"; s.persist(q);
        DoctorPatients.of(s, d.id).link(q.pid);
        assertEquals(2, DoctorPatients.of(s, d).count());
        assertEquals(1, DoctorPatients.of(s, d).find(Restriction.equal(Patient_.name, "Bob")).size());
        assertEquals(1, DoctorPatients.of(s, d).unlink(q.pid));
        var map = DoctorPatients.include(s, List.of(d));
        assertEquals(List.of(p), map.get(d.id));
        assertEquals(List.of(p), d.patients);
      });
    }
  }
}
