package dev.throughline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tree of entity sources that {@link CompileBenchmark} compiles: {@code entities} JPA entities
 * declaring {@code relations} {@code @HasManyThrough} relations. Half of the through entities hold
 * basic keys, half {@code @ManyToOne} associations, and every relation names both through keys, so
 * that the processor checks each name.
 */
enum CompileTree {

  /**
   * Small entities, many relations: {@value #SYNTHETIC_ITEMS} entities {@code Item<i>} of three
   * attributes and as many through entities {@code Link<i>} joining {@code Item<i>} to {@code
   * Item<i+1>} (wrapping around); every item has two relations, {@code next} (through its own link)
   * and {@code prev} (through the previous one). What the processor adds weighs most here.
   */
  SYNTHETIC("synthetic", 2 * CompileTree.SYNTHETIC_ITEMS, 2 * CompileTree.SYNTHETIC_ITEMS) {
    @Override
    List<Path> write(Path root) throws IOException {
      Path pkg = Files.createDirectories(root.resolve("gen"));
      List<Path> files = new ArrayList<>();
      int items = SYNTHETIC_ITEMS;
      for (int i = 0; i < items; i++) {
        int next = (i + 1) % items;
        int prev = (i + items - 1) % items;
        boolean prevBasic = prev % 2 == 0;
        boolean ownBasic = i % 2 == 0;
        String item = """
            package gen;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Transient;
            import java.util.List;

            @Entity
            public class Item%1$d {
              @Id Long id;
              String name;
              int rank;

              @Transient
              @HasManyThrough(through = Link%1$d.class, throughKeyFrom = "%4$s", throughKeyTo = "%5$s")
              List<Item%2$d> next;

              @Transient
              @HasManyThrough(through = Link%3$d.class, throughKeyFrom = "%6$s", throughKeyTo = "%7$s")
              List<Item%3$d> prev;

              public Long getId() { return id; }
              public String getName() { return name; }
              public void setName(String name) { this.name = name; }
            }
            """.formatted(i, next, prev,
            ownBasic ? "fromId" : "fromItem", ownBasic ? "toId" : "toItem",
            prevBasic ? "toId" : "toItem", prevBasic ? "fromId" : "fromItem");
        String keys = ownBasic
            ? "  Long fromId;\n  Long toId;\n"
            : "  @ManyToOne Item%d fromItem;\n  @ManyToOne Item%d toItem;\n".formatted(i, next);
        String link = """
            package gen;

            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import jakarta.persistence.ManyToOne;
            import java.time.LocalDate;

            @Entity
            public class Link%d {
              @Id @GeneratedValue Long id;
            %s  LocalDate since;
              String note;
            }
            """.formatted(i, keys);
        files.add(Files.writeString(pkg.resolve("Item" + i + ".java"), item));
        files.add(Files.writeString(pkg.resolve("Link" + i + ".java"), link));
      }
      return files;
    }
  },

  /**
   * Entities as applications write them, one relation per two entities: {@value
   * #REALISTIC_ACCOUNTS} entities {@code Account<i>} of ten attributes (a version among them) with
   * a getter and a setter each, and as many through entities {@code Membership<i>} of ten attributes
   * with getters and setters, joining {@code Account<i>} to {@code Account<i+1>} (wrapping around);
   * every account has one relation, {@code partners}.
   */
  REALISTIC("realistic", 2 * CompileTree.REALISTIC_ACCOUNTS, CompileTree.REALISTIC_ACCOUNTS) {
    @Override
    List<Path> write(Path root) throws IOException {
      Path pkg = Files.createDirectories(root.resolve("app"));
      List<Path> files = new ArrayList<>();
      int accounts = REALISTIC_ACCOUNTS;
      for (int i = 0; i < accounts; i++) {
        int next = (i + 1) % accounts;
        boolean basic = i % 2 == 0;
        String account = """
            package app;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import jakarta.persistence.Transient;
            import jakarta.persistence.Version;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.util.List;

            /** An account of the application. */
            @Entity
            public class Account%1$d {
              @Id @GeneratedValue private Long id;
              @Column(nullable = false, length = 120) private String name;
              @Column(unique = true) private String email;
              private int rank;
              private boolean active;
              private BigDecimal balance;
              private LocalDate createdOn;
              private Instant updatedAt;
              @Column(length = 2000) private String notes;
              @Version private long version;

              @Transient
              @HasManyThrough(through = Membership%1$d.class, throughKeyFrom = "%3$s", throughKeyTo = "%4$s")
              private List<Account%2$d> partners;

              protected Account%1$d() {
              }

              public Account%1$d(String name, String email) {
                this.name = name;
                this.email = email;
                this.active = true;
                this.createdOn = LocalDate.now();
              }

            %5$s
              public List<Account%2$d> getPartners() { return partners; }
              public void setPartners(List<Account%2$d> partners) { this.partners = partners; }
            }
            """.formatted(i, next, basic ? "fromId" : "account", basic ? "toId" : "partner", accessors(
            "Long id", "String name", "String email", "int rank", "boolean active", "BigDecimal balance",
            "LocalDate createdOn", "Instant updatedAt", "String notes", "long version"));
        String keys = basic
            ? "Long fromId;\n  private Long toId;\n"
            : "Account%d account;\n  @ManyToOne(optional = false) private Account%d partner;\n".formatted(i, next);
        String membership = """
            package app;

            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import jakarta.persistence.ManyToOne;
            import java.time.LocalDate;

            /** Links one account to a partner, with the terms of the partnership. */
            @Entity
            public class Membership%1$d {
              @Id @GeneratedValue private Long id;
              %2$s%3$s  private String role;
              private LocalDate since;
              private LocalDate until;
              private int weight;
              private boolean approved;
              private String approvedBy;
              private String note;

            %4$s}
            """.formatted(i, basic ? "private " : "@ManyToOne(optional = false) private ", keys, accessors(
            "Long id", basic ? "Long fromId" : "Account" + i + " account", basic ? "Long toId" : "Account" + next + " partner",
            "String role", "LocalDate since", "LocalDate until", "int weight", "boolean approved",
            "String approvedBy", "String note"));
        files.add(Files.writeString(pkg.resolve("Account" + i + ".java"), account));
        files.add(Files.writeString(pkg.resolve("Membership" + i + ".java"), membership));
      }
      return files;
    }
  };

  static final int SYNTHETIC_ITEMS = 250;
  static final int REALISTIC_ACCOUNTS = 250;

  private final String label;
  private final int entities;
  private final int relations;

  CompileTree(String label, int entities, int relations) {
    this.label = label;
    this.entities = entities;
    this.relations = relations;
  }

  /** Writes the tree's sources under {@code root} and returns them. */
  abstract List<Path> write(Path root) throws IOException;

  String label() {
    return label;
  }

  int entities() {
    return entities;
  }

  int relations() {
    return relations;
  }

  /** {@code public T getX() { return x; }} and its setter, for each {@code "T x"}. */
  private static String accessors(String... attributes) {
    StringBuilder code = new StringBuilder();
    for (String attribute : attributes) {
      String[] typeAndName = attribute.split(" ");
      String type = typeAndName[0];
      String name = typeAndName[1];
      String property = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
      String getter = type.equals("boolean") ? "is" : "get";
      code.append("  public ").append(type).append(' ').append(getter).append(property).append("() {\n")
          .append("    return ").append(name).append(";\n  }\n\n")
          .append("  public void set").append(property).append('(').append(type).append(' ').append(name).append(") {\n")
          .append("    this.").append(name).append(" = ").append(name).append(";\n  }\n\n");
    }
    return code.toString();
  }
}
