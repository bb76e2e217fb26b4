package dev.throughline.it.contract;

import dev.throughline.it.clinic.Appointment;
import dev.throughline.it.clinic.Appointment_;
import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.DoctorPatients;
import dev.throughline.it.clinic.Doctor_;
import dev.throughline.it.clinic.Patient;
import dev.throughline.it.clinic.Patient_;
import dev.throughline.it.courses.Courses;
import dev.throughline.it.courses.CoursesStudents;
import dev.throughline.it.courses.Courses_;
import dev.throughline.it.courses.Courstu;
import dev.throughline.it.courses.Courstu_;
import dev.throughline.it.courses.Students;
import dev.throughline.it.courses.StudentsCourses;
import dev.throughline.it.courses.Students_;
import dev.throughline.it.integrity.Nurse;
import dev.throughline.it.integrity.NurseWards;
import dev.throughline.it.integrity.Nurse_;
import dev.throughline.it.integrity.Shift;
import dev.throughline.it.integrity.Shift_;
import dev.throughline.it.integrity.Ward;
import dev.throughline.it.integrity.Ward_;
import dev.throughline.it.library.Author;
import dev.throughline.it.library.AuthorBooks;
import dev.throughline.it.library.Author_;
import dev.throughline.it.library.Authorship;
import dev.throughline.it.library.Authorship_;
import dev.throughline.it.library.Book;
import dev.throughline.it.library.Book_;
import dev.throughline.it.projects.Assignment;
import dev.throughline.it.projects.Assignment_;
import dev.throughline.it.projects.Engineer;
import dev.throughline.it.projects.Engineer_;
import dev.throughline.it.projects.Project;
import dev.throughline.it.projects.ProjectEngineers;
import dev.throughline.it.projects.Project_;
import dev.throughline.it.retail.Product;
import dev.throughline.it.retail.Product_;
import dev.throughline.it.retail.Store;
import dev.throughline.it.retail.StoreProduct;
import dev.throughline.it.retail.StoreProduct_;
import dev.throughline.it.retail.StoreProducts;
import dev.throughline.it.retail.Store_;
import dev.throughline.it.social.Follow;
import dev.throughline.it.social.Follow_;
import dev.throughline.it.social.User;
import dev.throughline.it.social.UserFollowers;
import dev.throughline.it.social.UserFollowing;
import dev.throughline.it.social.User_;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The relations of the test models, each as a {@link RelationFixture}: what the relation
 * contract runs on, and what other tests of a model seed and read it with. Each through entity's
 * own data takes seven distinct values, given here as text.
 */
public final class Fixtures {

  private static final List<String> WEEK = List.of(
      "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29");
  private static final List<String> MONTHS = List.of("2026-01-01T10:00:00Z", "2026-02-01T10:00:00Z",
      "2026-03-01T10:00:00Z", "2026-04-01T10:00:00Z", "2026-05-01T10:00:00Z", "2026-06-01T10:00:00Z",
      "2026-07-01T10:00:00Z");
  private static final List<String> CREDITS =
      List.of("author", "editor", "translator", "co-author", "illustrator", "ghostwriter", "reviewer");
  private static final List<String> PRICES = List.of("2.50", "1.00", "2.40", "2.60", "7.00", "4.20", "0.90");
  private static final List<String> ROLES = List.of("dev", "lead", "reviewer", "ops", "qa", "intern", "advisor");
  private static final List<String> SLOTS = List.of("night", "day", "early", "late", "weekend", "holiday", "on-call");
  private static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-000000000001");

  private Fixtures() {}

  /** The clinic's Doctor.patients: basic key columns, Patient keyed by pid; an appointment's data is its date. */
  public static RelationFixture<Doctor, Long, Patient, Long, Appointment> doctorPatients() {
    return RelationFixture.keys(Doctor_.id, Patient_.pid, Appointment_.doctorId, Appointment_.patientId)
        .accessor(DoctorPatients::of, DoctorPatients::of, DoctorPatients::include, DoctorPatients::inclusion)
        .sourceQueries(DoctorPatients::some, DoctorPatients::some, DoctorPatients::someThrough, DoctorPatients::none, DoctorPatients::every,
            DoctorPatients::counts, DoctorPatients::counts, DoctorPatients::orderByCount)
        .named(Doctor::new, Patient::new, Patient_.name)
        .data(Appointment_.appointmentDate, LocalDate::parse, WEEK)
        .missing(-7L, -3L);
  }

  /** LoopBack's Courses.students: explicit through keys, courid to stuid, a Set field; Courstu has no data. */
  public static RelationFixture<Courses, Long, Students, Long, Courstu> coursesStudents() {
    return RelationFixture.keys(Courses_.id, Students_.id, Courstu_.courid, Courstu_.stuid)
        .accessor(CoursesStudents::of, CoursesStudents::of, CoursesStudents::include, CoursesStudents::inclusion)
        .sourceQueries(CoursesStudents::some, CoursesStudents::some, CoursesStudents::someThrough, CoursesStudents::none, CoursesStudents::every,
            CoursesStudents::counts, CoursesStudents::counts, CoursesStudents::orderByCount)
        .named(Courses::new, Students::new, Students_.stuname)
        .missing(-7L, -3L);
  }

  /** Students.courses: the same table read from the student, stuid to courid, a Collection field. */
  public static RelationFixture<Students, Long, Courses, Long, Courstu> studentsCourses() {
    return RelationFixture.keys(Students_.id, Courses_.id, Courstu_.stuid, Courstu_.courid)
        .accessor(StudentsCourses::of, StudentsCourses::of, StudentsCourses::include, StudentsCourses::inclusion)
        .sourceQueries(StudentsCourses::some, StudentsCourses::some, StudentsCourses::someThrough, StudentsCourses::none, StudentsCourses::every,
            StudentsCourses::counts, StudentsCourses::counts, StudentsCourses::orderByCount)
        .named(Students::new, Courses::new, Courses_.courname)
        .missing(-7L, -3L);
  }

  /** User.following, a self-relation: from follower to followee; a follow's data is its date. */
  public static RelationFixture<User, Long, User, Long, Follow> following() {
    return RelationFixture.keys(User_.id, User_.id, Follow_.followerId, Follow_.followeeId)
        .accessor(UserFollowing::of, UserFollowing::of, UserFollowing::include, UserFollowing::inclusion)
        .sourceQueries(UserFollowing::some, UserFollowing::some, UserFollowing::someThrough, UserFollowing::none, UserFollowing::every,
            UserFollowing::counts, UserFollowing::counts, UserFollowing::orderByCount)
        .named(User::new, User::new, User_.handle)
        .data(Follow_.since, Instant::parse, MONTHS)
        .missing(-7L, -3L);
  }

  /** User.followers, the same self-relation read the other way: from followee to follower. */
  public static RelationFixture<User, Long, User, Long, Follow> followers() {
    return RelationFixture.keys(User_.id, User_.id, Follow_.followeeId, Follow_.followerId)
        .accessor(UserFollowers::of, UserFollowers::of, UserFollowers::include, UserFollowers::inclusion)
        .sourceQueries(UserFollowers::some, UserFollowers::some, UserFollowers::someThrough, UserFollowers::none, UserFollowers::every,
            UserFollowers::counts, UserFollowers::counts, UserFollowers::orderByCount)
        .named(User::new, User::new, User_.handle)
        .data(Follow_.since, Instant::parse, MONTHS)
        .missing(-7L, -3L);
  }

  /**
   * The library's Author.books: the through keys are Authorship's {@code @ManyToOne} author (LAZY)
   * and book (EAGER); a row's data is the author's credit.
   */
  public static RelationFixture<Author, Long, Book, Long, Authorship> authorBooks() {
    return RelationFixture.keys(Author_.id, Book_.id, Authorship_.author, Authorship_.book)
        .accessor(AuthorBooks::of, AuthorBooks::of, AuthorBooks::include, AuthorBooks::inclusion)
        .sourceQueries(AuthorBooks::some, AuthorBooks::some, AuthorBooks::someThrough, AuthorBooks::none, AuthorBooks::every,
            AuthorBooks::counts, AuthorBooks::counts, AuthorBooks::orderByCount)
        .named(Author::new, Book::new, Book_.title)
        .data(Authorship_.role, Function.identity(), CREDITS)
        .missing(-7L, -3L);
  }

  /**
   * Store.products by business keys, never ids: Store.code and Product.sku (the label in capitals).
   * Persisted backwards, so that ids run against the keys; a row's data is its price.
   */
  public static RelationFixture<Store, String, Product, String, StoreProduct> storeProducts() {
    return RelationFixture.keys(Store_.code, Product_.sku, StoreProduct_.storeCode, StoreProduct_.productSku)
        .accessor(StoreProducts::of, StoreProducts::of, StoreProducts::include, StoreProducts::inclusion)
        .sourceQueries(StoreProducts::some, StoreProducts::some, StoreProducts::someThrough, StoreProducts::none, StoreProducts::every,
            StoreProducts::counts, StoreProducts::counts, StoreProducts::orderByCount)
        .named(Store::new, label -> new Product(label.toUpperCase(Locale.ROOT), label), Product_.label)
        .data(StoreProduct_.price, BigDecimal::new, PRICES)
        .missing("WEST", "Z999")
        .persistedBackwards();
  }

  /**
   * Project.engineers: UUID keys Hibernate generates, ordered as the database orders them, and
   * entity names other than the class names; an assignment's data is its role.
   */
  public static RelationFixture<Project, UUID, Engineer, UUID, Assignment> projectEngineers() {
    return RelationFixture.keys(Project_.id, Engineer_.id, Assignment_.projectId, Assignment_.engineerId)
        .accessor(ProjectEngineers::of, ProjectEngineers::of, ProjectEngineers::include, ProjectEngineers::inclusion)
        .sourceQueries(ProjectEngineers::some, ProjectEngineers::some, ProjectEngineers::someThrough, ProjectEngineers::none, ProjectEngineers::every,
            ProjectEngineers::counts, ProjectEngineers::counts, ProjectEngineers::orderByCount)
        .named(Project::new, Engineer::new, Engineer_.name)
        .data(Assignment_.role, Function.identity(), ROLES)
        .missing(UNKNOWN, UNKNOWN)
        .keysInDatabaseOrder();
  }

  /**
   * Nurse.wards: basic key columns ({@code Shift.nurseId}, {@code wardId}) that read-only
   * associations constrain with foreign keys; a shift's data is its slot.
   */
  public static RelationFixture<Nurse, Long, Ward, Long, Shift> nurseWards() {
    return RelationFixture.keys(Nurse_.id, Ward_.id, Shift_.nurseId, Shift_.wardId)
        .accessor(NurseWards::of, NurseWards::of, NurseWards::include, NurseWards::inclusion)
        .sourceQueries(NurseWards::some, NurseWards::some, NurseWards::someThrough, NurseWards::none, NurseWards::every,
            NurseWards::counts, NurseWards::counts, NurseWards::orderByCount)
        .named(Nurse::new, Ward::new, Ward_.name)
        .data(Shift_.slot, Function.identity(), SLOTS)
        .missing(-42L, -42L);
  }
}
