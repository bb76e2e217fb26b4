package dev.throughline.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.DatabaseTest;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.Order;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the relation contract leaves to one model: the row {@code linkIfAbsent} picks among several,
 * how a NULL attribute counts in {@code some}, {@code none} and {@code every}, and the one
 * statement each restriction becomes.
 */
class ClinicSourceQueryTest extends DatabaseTest {

  private long house;
  private long grey;
  private long idle;
  private long ann;
  private long unnamed;

  @BeforeEach
  void clinic() {
    inTransaction(session -> {
      Doctor houseDoctor = new Doctor("House");
      Doctor greyDoctor = new Doctor("Grey");
      Doctor idleDoctor = new Doctor("Idle");
      Patient annPatient = new Patient("Ann");
      Patient nameless = new Patient(null);
      List.of(houseDoctor, greyDoctor, idleDoctor, annPatient, nameless).forEach(session::persist);
      house = houseDoctor.getId();
      grey = greyDoctor.getId();
      idle = idleDoctor.getId();
      ann = annPatient.getPid();
      unnamed = nameless.getPid();
      DoctorPatients.of(session, house).link(ann, a -> a.setAppointmentDate(LocalDate.of(2026, 1, 1)));
      DoctorPatients.of(session, house).link(ann, a -> a.setAppointmentDate(LocalDate.of(2026, 2, 1)));
      DoctorPatients.of(session, grey).link(ann);
      DoctorPatients.of(session, grey).link(unnamed);
    });
  }

  @Test
  void linkIfAbsentReturnsTheRowWithTheLowestId() {
    inTransaction(session -> {
      List<Appointment> rows = DoctorPatients.of(session, house).findWithThrough().stream()
          .map(linked -> linked.through()).toList();
      Appointment first = rows.stream().min((a, b) -> a.getId().compareTo(b.getId())).orElseThrow();
      assertThat(DoctorPatients.of(session, house).linkIfAbsent(ann)).isSameAs(first);
      assertThat(first.getAppointmentDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    });
  }

  @Test
  void aTargetWithANullAttributeMatchesNoConditionOnIt() {
    inTransaction(session -> {
      Restriction<Patient> namedAnn = Restriction.equal(Patient_.name, "Ann");
      // Grey's unnamed patient is not Ann: Grey has not only Ann, and has one that is not Ann.
      assertThat(doctors(session, DoctorPatients.every(namedAnn))).containsExactly("House", "Idle");
      assertThat(doctors(session, DoctorPatients.every(namedAnn).negated())).containsExactly("Grey");
      Restriction<Patient> notAnn = Restriction.unequal(Patient_.name, "Ann");
      // ... but neither is it "not Ann": name <> 'Ann' is unknown for it, as SQL has it.
      assertThat(doctors(session, DoctorPatients.some(notAnn))).isEmpty();
      assertThat(doctors(session, DoctorPatients.none(notAnn))).containsExactly("Grey", "House", "Idle");
      assertThat(doctors(session, DoctorPatients.some(Restriction.restrict(Patient_.name,
          org.hibernate.query.range.Range.empty(String.class))))).isEmpty();
    });
  }

  @Test
  void eachRestrictionIsOneSubqueryInTheCallersStatement() {
    inTransaction(session -> {
      Restriction<Patient> namedAnn = Restriction.equal(Patient_.name, "Ann");
      countedRun(session, s -> doctors(s, DoctorPatients.some(namedAnn)));
      assertThat(sql.statements()).singleElement().asString()
          .containsIgnoringCase("exists").doesNotContainIgnoringCase("not exists");
      countedRun(session, s -> doctors(s, DoctorPatients.none(namedAnn)));
      assertThat(sql.statements()).singleElement().asString().containsIgnoringCase("not exists");
      countedRun(session, s -> doctors(s, DoctorPatients.every(namedAnn)));
      assertThat(sql.statements()).singleElement().asString().containsIgnoringCase("not exists");
      countedRun(session, s -> DoctorPatients.counts(s, s.createQuery("from Doctor", Doctor.class).getResultList()));
      assertThat(sql.statements()).hasSize(2).last().asString().containsIgnoringCase("group by");
    });
  }

  private static List<String> doctors(Session session, Restriction<Doctor> restriction) {
    return SelectionSpecification.create(Doctor.class).restrict(restriction).sort(Order.asc(Doctor_.name))
        .createQuery(session).getResultList().stream().map(Doctor::getName).toList();
  }
}
