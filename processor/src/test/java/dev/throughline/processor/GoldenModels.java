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

  private GoldenModels() {}
}
