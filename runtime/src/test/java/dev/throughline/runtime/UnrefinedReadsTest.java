package dev.throughline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reads without refinements run as HQL text ({@link RelationHql}); the criteria model builds the
 * same statements, except find's, which is a join. Both must send the same SQL (find: the same
 * targets) and return the same rows, for value keys and for association keys.
 */
class UnrefinedReadsTest {

  static SessionFactory factory;
  static final List<String> sql = new ArrayList<>();
  static Long reds;
  static Long blues;
  static Long ann;
  static Long bob;

  @BeforeAll
  static void start() {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Team.class)
        .addAnnotatedClass(Player.class)
        .addAnnotatedClass(Membership.class)
        .addAnnotatedClass(Captaincy.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:unrefined;DB_CLOSE_DELAY=-1");
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
    configuration.setStatementInspector(statement -> {
      sql.add(statement);
      return statement;
    });
    factory = configuration.buildSessionFactory();
    factory.inTransaction(session -> {
      Team r = new Team("Reds");
      Team b = new Team("Blues");
      Player a = new Player("Ann");
      Player bo = new Player("Bob");
      Player c = new Player("Cid");
      List.of(r, b, a, bo, c).forEach(session::persist);
      reds = r.id;
      blues = b.id;
      ann = a.id;
      bob = bo.id;
    });
    factory.inTransaction(session -> {
      new RelationOperations<>(RelationEngineTest.PLAYERS, session, reds).linkAll(List.of(bob, ann, bob));
      new RelationOperations<>(RelationEngineTest.CAPTAINS, session, reds).linkAll(List.of(bob, ann));
      new RelationOperations<>(RelationEngineTest.PLAYERS, session, blues).linkAll(List.of(ann));
    });
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void findFindByIdCountAndIsLinkedSendWhatTheCriteriaModelSends() {
    for (Relation<Team, Long, Player, Long, ?> relation : List.of(RelationEngineTest.PLAYERS, RelationEngineTest.CAPTAINS)) {
      factory.inTransaction(session -> {
        TargetQuery<Team, Long, Player, Long, ?> targets = targets(relation, session);
        sameTargetsByJoin(targets::list, targets::listByCriteria);
        sameStatement(() -> targets.whereKey(ann).list(), () -> targets.whereKey(ann).listByCriteria(), 1);
        sameStatement(targets::count, targets::countByCriteria, 2L);
        sameStatement(() -> targets.whereKey(bob).exists(), () -> targets.whereKey(bob).existsByCriteria(), true);
        sameStatement(() -> targets.whereKey(404L).exists(), () -> targets.whereKey(404L).existsByCriteria(), false);
      });
    }
  }

  @Test
  void inclusionSendsWhatTheCriteriaModelSendsForEveryKeyCount() {
    RelationInclusion<Team, Long, Player, Long, Membership> inclusion = new RelationInclusion<>(RelationEngineTest.PLAYERS);
    factory.inTransaction(session -> {
      // Reds: Ann, Bob twice; Blues: Ann. One key, two keys, and a chunk padded to four.
      List<List<Long>> chunks = List.of(List.of(reds), List.of(reds, blues), Arrays.asList(blues, reds, reds, reds));
      List<Integer> rows = List.of(3, 4, 4);
      for (int i = 0; i < chunks.size(); i++) {
        List<Long> keys = chunks.get(i);
        sameStatement(() -> inclusion.query(session, keys).getResultList(),
            () -> inclusion.criteriaQuery(session, keys).getResultList(), rows.get(i));
      }
    });
  }

  @Test
  void inclusionOfIntegralTargetKeysOrdersInJavaAndSendsNoOrderBy() {
    RelationInclusion<Team, Long, Player, Long, Membership> inclusion = new RelationInclusion<>(RelationEngineTest.PLAYERS);
    factory.inTransaction(session -> {
      Team r = session.find(Team.class, reds);
      Team b = session.find(Team.class, blues);
      sql.clear();
      Map<Long, List<Player>> included = inclusion.loadByKey(session, List.of(r, b));
      assertThat(sql).hasSize(1);
      assertThat(sql.get(0)).doesNotContainIgnoringCase("order by");
      // Bob is linked to the Reds by two rows: once, after Ann, whose id is lower.
      assertThat(included.get(reds)).extracting(player -> player.id).containsExactly(ann, bob);
      assertThat(included.get(blues)).extracting(player -> player.id).containsExactly(ann);
      List<Object[]> byDatabase = inclusion.query(session, List.of(reds)).getResultList();
      assertThat(byDatabase.stream().map(row -> ((Player) row[1]).id).distinct()).containsExactly(ann, bob);
    });
  }

  @Test
  void onlyIntegralTargetKeysAreOrderedInJava() {
    factory.inTransaction(session -> {
      assertThat(new TargetKeyOrder<>(new EntitySide<Player, Long>(Player.class, "Player", "id", true, player -> player.id))
          .inJava(session)).isTrue();
      assertThat(new TargetKeyOrder<>(new EntitySide<Player, String>(Player.class, "Player", "name", false, player -> player.name))
          .inJava(session)).isFalse();
    });
  }

  @Test
  void sourceKeysAreOneArrayOnPostgreSqlUpTo1024KeysOfTypesItBinds() {
    Dialect postgreSql = new PostgreSQLDialect();
    List<Long> keys = LongStream.rangeClosed(1, SourceKeyArrays.MOST_KEYS + 1).boxed().toList();
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, List.of(3L, 1L, 3L))).isInstanceOf(Long[].class)
        .containsExactly(3L, 1L, 3L);
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, keys.subList(0, SourceKeyArrays.MOST_KEYS))).hasSize(1_024);
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, keys)).isNull();
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, List.of())).isNull();
    assertThat(SourceKeyArrays.arrayOrNull(new H2Dialect(), List.of(1L))).isNull();
    assertThat(SourceKeyArrays.arrayOrNull(new MariaDBDialect(), List.of(1L))).isNull();
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, List.of("Reds"))).isInstanceOf(String[].class)
        .containsExactly("Reds");
    UUID id = UUID.randomUUID();
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, List.of(id))).isInstanceOf(UUID[].class).containsExactly(id);
    // Other key types keep one parameter per key.
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, List.of(7))).isNull();
    assertThat(SourceKeyArrays.arrayOrNull(postgreSql, List.of(LocalDate.EPOCH))).isNull();
  }

  private static <J> TargetQuery<Team, Long, Player, Long, J> targets(Relation<Team, Long, Player, Long, J> relation,
      Session session) {
    return new TargetQuery<>(new BoundRelation<>(relation, session, reds));
  }

  /**
   * find sends one join, not the criteria model's semi-join, and returns the same targets, Bob once
   * though two rows link him to the Reds.
   */
  private static void sameTargetsByJoin(Supplier<List<Player>> text, Supplier<List<Player>> criteria) {
    sql.clear();
    List<Player> byText = text.get();
    assertThat(sql).hasSize(1);
    assertThat(sql.get(0)).containsIgnoringCase(" join ").doesNotContainIgnoringCase("(select");
    sql.clear();
    List<Player> byCriteria = criteria.get();
    assertThat(sql).hasSize(1);
    assertThat(sql.get(0)).containsIgnoringCase("(select ");
    assertThat(byText).extracting(player -> player.id).containsExactly(ann, bob);
    assertThat(byText).containsExactlyElementsOf(byCriteria);
  }

  /** Both send one statement, the same, and return the same; a list has {@code expected} elements. */
  private static void sameStatement(Supplier<?> text, Supplier<?> criteria, Object expected) {
    sql.clear();
    Object byText = text.get();
    List<String> textSql = List.copyOf(sql);
    sql.clear();
    Object byCriteria = criteria.get();
    assertThat(textSql).hasSize(1);
    assertThat(sql).hasSize(1);
    assertThat(textSql.get(0)).isEqualTo(alikeSpelled(sql.get(0)));
    if (byText instanceof List<?> rows) {
      assertThat(rows).hasSize(((Number) expected).intValue());
      assertThat(deep(rows)).isEqualTo(deep((List<?>) byCriteria));
    } else {
      assertThat(byText).isEqualTo(expected).isEqualTo(byCriteria);
    }
  }

  /**
   * The criteria statement as the text spells the same conditions: Hibernate puts a criteria
   * subquery in doubled parentheses, and renders a list of one key as {@code in (?)}, which the text
   * writes {@code = ?} (a one-element list parameter in HQL would accept a whole list).
   */
  private static String alikeSpelled(String criteriaSql) {
    return criteriaSql.replace(" in ((select ", " in (select ").replace(")) ", ") ").replaceAll("\\)\\)$", ")")
        .replace(" in (?) ", "=? ");
  }

  private static List<Object> deep(List<?> rows) {
    List<Object> values = new ArrayList<>();
    for (Object row : rows) {
      values.add(row instanceof Object[] array ? Arrays.asList(array) : row);
    }
    return values;
  }
}
