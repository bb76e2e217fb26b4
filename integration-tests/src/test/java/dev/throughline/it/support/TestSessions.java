package dev.throughline.it.support;

import dev.throughline.it.clinic.Appointment;
import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.Medication;
import dev.throughline.it.clinic.Patient;
import dev.throughline.it.badinput.Archive;
import dev.throughline.it.badinput.Document;
import dev.throughline.it.badinput.Filing;
import dev.throughline.it.concurrency.Athlete;
import dev.throughline.it.concurrency.Club;
import dev.throughline.it.concurrency.Coach;
import dev.throughline.it.concurrency.Coaching;
import dev.throughline.it.concurrency.Crew;
import dev.throughline.it.concurrency.Membership;
import dev.throughline.it.context.Editor;
import dev.throughline.it.context.Manuscript;
import dev.throughline.it.context.Review;
import dev.throughline.it.concurrency.Rower;
import dev.throughline.it.concurrency.Seat;
import dev.throughline.it.clinic.Prescription;
import dev.throughline.it.courses.Courses;
import dev.throughline.it.courses.Courstu;
import dev.throughline.it.courses.Students;
import dev.throughline.it.integrity.Nurse;
import dev.throughline.it.integrity.Shift;
import dev.throughline.it.integrity.Ward;
import dev.throughline.it.large.Crate;
import dev.throughline.it.large.Packing;
import dev.throughline.it.large.Parcel;
import dev.throughline.it.library.Author;
import dev.throughline.it.library.Authorship;
import dev.throughline.it.library.Book;
import dev.throughline.it.mapping.FlBook;
import dev.throughline.it.mapping.FlShelf;
import dev.throughline.it.mapping.FlShelving;
import dev.throughline.it.mapping.RsBook;
import dev.throughline.it.mapping.RsShelf;
import dev.throughline.it.mapping.RsShelving;
import dev.throughline.it.mapping.SdBook;
import dev.throughline.it.mapping.SdShelf;
import dev.throughline.it.mapping.SdShelving;
import dev.throughline.it.mapping.VrBook;
import dev.throughline.it.mapping.VrShelf;
import dev.throughline.it.mapping.VrShelving;
import dev.throughline.it.projects.Assignment;
import dev.throughline.it.projects.Engineer;
import dev.throughline.it.projects.Project;
import dev.throughline.it.retail.Product;
import dev.throughline.it.retail.Store;
import dev.throughline.it.retail.StoreProduct;
import dev.throughline.it.social.Follow;
import dev.throughline.it.social.User;
import dev.throughline.it.school.Classroom;
import dev.throughline.it.school.Enrollment;
import dev.throughline.it.school.Pupil;
import dev.throughline.it.zoo.Animal;
import dev.throughline.it.zoo.Care;
import dev.throughline.it.zoo.Keeper;
import dev.throughline.it.zoo.Lion;
import dev.throughline.it.zoo.Parrot;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/** One {@link SessionFactory} per test JVM, on the database of {@link TestDatabase#current()}. */
public final class TestSessions {

  /** Every entity of the test models. */
  public static final List<Class<?>> ENTITIES = List.of(
      Doctor.class, Appointment.class, Patient.class, Prescription.class, Medication.class,
      Courses.class, Courstu.class, Students.class,
      User.class, Follow.class,
      Author.class, Authorship.class, Book.class,
      Store.class, StoreProduct.class, Product.class,
      Project.class, Assignment.class, Engineer.class,
      Pupil.class, Enrollment.class, Classroom.class,
      Keeper.class, Care.class, Animal.class, Lion.class, Parrot.class,
      Nurse.class, Shift.class, Ward.class,
      Archive.class, Filing.class, Document.class,
      Club.class, Membership.class, Athlete.class,
      Crew.class, Seat.class, Rower.class, Coaching.class, Coach.class,
      Crate.class, Packing.class, Parcel.class,
      Editor.class, Review.class, Manuscript.class,
      SdShelf.class, SdShelving.class, SdBook.class,
      RsShelf.class, RsShelving.class, RsBook.class,
      FlShelf.class, FlShelving.class, FlBook.class,
      VrShelf.class, VrShelving.class, VrBook.class);

  private static final SqlLog SQL = new SqlLog();
  private static SessionFactory factory;

  private TestSessions() {}

  /** The shared factory, with its schema created on first use. */
  public static synchronized SessionFactory factory() {
    if (factory == null) {
      factory = build();
      Runtime.getRuntime().addShutdownHook(new Thread(factory::close));
    }
    return factory;
  }

  /** The statements the shared factory prepares. */
  public static SqlLog sql() {
    return SQL;
  }

  private static SessionFactory build() {
    TestDatabase db = TestDatabase.current();
    Configuration configuration = new Configuration();
    ENTITIES.forEach(configuration::addAnnotatedClass);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url());
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user());
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password());
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
    configuration.setProperty(AvailableSettings.SHOW_SQL, System.getProperty("throughline.showSql", "false"));
    configuration.setProperty(AvailableSettings.POOL_SIZE, "4");
    configuration.setStatementInspector(SQL);
    return configuration.buildSessionFactory();
  }
}
