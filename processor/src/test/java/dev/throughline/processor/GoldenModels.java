package dev.throughline.processor;

import static dev.throughline.processor.ProcessorRun.source;

import java.util.List;
import javax.tools.JavaFileObject;

/** The models whose generated accessors are checked in as golden sources. */
final class GoldenModels {

  /** The API contract's clinic: basic through keys, field access, one package. */
  static final List<JavaFileObject> CLINIC = List.of(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);

  /** Users following users: a self-relation with {@code @ManyToOne} keys, setters and sets. */
  static final List<JavaFileObject> FOLLOWS = List.of(SelfRelation.USER, SelfRelation.FOLLOW);

  /**
   * Stores selling products by code and SKU: keys that are not ids, an entity name, a collection
   * field and entities spread over packages.
   */
  static final List<JavaFileObject> SHOP = List.of(
      source("shop.Store", """
          package shop;

          import dev.throughline.HasManyThrough;
          import jakarta.persistence.*;
          import java.util.Collection;
          import shop.catalog.Product;

          @Entity(name = "Shop")
          public class Store {
            @Id @GeneratedValue Long id;
            @Column(unique = true) String code;

            @Transient
            @HasManyThrough(through = StoreProduct.class, keyFrom = "code", keyTo = "sku",
                throughKeyFrom = "storeCode", throughKeyTo = "productSku")
            Collection<Product> products;
          }
          """),
      source("shop.StoreProduct", """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class StoreProduct {
            @Id @GeneratedValue Long id;
            String storeCode;
            String productSku;
            int shelf;
          }
          """),
      source("shop.catalog.Product", """
          package shop.catalog;

          import jakarta.persistence.*;

          @Entity
          public class Product {
            @Id @GeneratedValue private Long id;
            @Column(unique = true) private String sku;

            public String getSku() { return sku; }
            public void setSku(String sku) { this.sku = sku; }
          }
          """));

  /**
   * Authors and books nested in one class, with UUID ids inherited from a generic mapped
   * superclass and an authorship that references the author with a {@code @ManyToOne}.
   */
  static final List<JavaFileObject> LIBRARY = List.of(
      source("library.Identified", """
          package library;

          import jakarta.persistence.*;
          import java.util.UUID;

          @MappedSuperclass
          public abstract class Identified {
            @Id protected UUID id = UUID.randomUUID();

            public UUID getId() { return id; }
          }
          """),
      source("library.Library", """
          package library;

          import dev.throughline.HasManyThrough;
          import jakarta.persistence.*;
          import java.util.List;
          import java.util.UUID;

          public final class Library {
            private Library() {}

            @Entity
            public static class Author extends Identified {
              String name;

              @Transient
              @HasManyThrough(through = Authorship.class)
              List<Book> books;
            }

            @Entity
            public static class Book extends Identified {
              String title;
            }

            @Entity
            public static class Authorship extends Identified {
              @ManyToOne Author author;
              UUID bookId;
              int position;
            }
          }
          """));

  /**
   * Pupils in classrooms through enrollments keyed by an {@code @EmbeddedId} that {@code @MapsId}
   * fills from both associations, the join entity Hibernate's documentation recommends.
   */
  static final List<JavaFileObject> SCHOOL = List.of(
      source("school.Pupil", """
          package school;

          import dev.throughline.HasManyThrough;
          import jakarta.persistence.*;
          import java.util.List;

          @Entity
          public class Pupil {
            @Id @GeneratedValue Long id;
            String name;

            @Transient
            @HasManyThrough(through = Enrollment.class)
            List<Classroom> classrooms;

            public Long getId() { return id; }
            public List<Classroom> getClassrooms() { return classrooms; }
          }
          """),
      source("school.Classroom", """
          package school;

          import jakarta.persistence.*;

          @Entity
          public class Classroom {
            @Id @GeneratedValue Long id;
            String label;

            public Long getId() { return id; }
          }
          """),
      source("school.Enrollment", """
          package school;

          import jakarta.persistence.*;

          @Entity
          public class Enrollment {
            @EmbeddedId EnrollmentId id;
            @ManyToOne(fetch = FetchType.LAZY) @MapsId("pupilId") Pupil pupil;
            @ManyToOne(fetch = FetchType.LAZY) @MapsId("classroomId") Classroom classroom;
            String grade;

            public EnrollmentId getId() { return id; }
          }
          """),
      source("school.EnrollmentId", """
          package school;

          import jakarta.persistence.Embeddable;
          import java.io.Serializable;
          import java.util.Objects;

          @Embeddable
          public class EnrollmentId implements Serializable {
            private static final long serialVersionUID = 1L;

            Long pupilId;
            Long classroomId;

            @Override
            public boolean equals(Object other) {
              return other instanceof EnrollmentId that
                  && Objects.equals(pupilId, that.pupilId) && Objects.equals(classroomId, that.classroomId);
            }

            @Override
            public int hashCode() {
              return Objects.hash(pupilId, classroomId);
            }
          }
          """));

  /**
   * Projects and their members through memberships whose removal an entity listener records: the
   * accessor tells the runtime to remove membership rows one by one, so that the listener runs.
   */
  static final List<JavaFileObject> TEAM = List.of(
      source("team.Project", """
          package team;

          import dev.throughline.HasManyThrough;
          import jakarta.persistence.*;
          import java.util.List;

          @Entity
          public class Project {
            @Id @GeneratedValue Long id;

            @Transient
            @HasManyThrough(through = Membership.class)
            List<Member> members;
          }
          """),
      source("team.Member", """
          package team;

          import jakarta.persistence.*;

          @Entity
          public class Member {
            @Id @GeneratedValue Long id;
          }
          """),
      source("team.Membership", """
          package team;

          import jakarta.persistence.*;

          @Entity
          @EntityListeners(MembershipAudit.class)
          public class Membership {
            @Id @GeneratedValue Long id;
            Long projectId;
            Long memberId;
          }
          """),
      source("team.MembershipAudit", """
          package team;

          import jakarta.persistence.PostRemove;
          import java.util.ArrayList;
          import java.util.List;

          public class MembershipAudit {
            static final List<Long> REMOVED = new ArrayList<>();

            @PostRemove
            void removed(Membership membership) {
              REMOVED.add(membership.id);
            }
          }
          """));

  private GoldenModels() {}
}
