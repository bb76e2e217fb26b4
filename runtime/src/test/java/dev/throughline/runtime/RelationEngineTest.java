package dev.throughline.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.query.Order;
import org.hibernate.query.SortDirection;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine on relations bound by hand, the way generated code binds them: one through entity
 * with basic keys, one with {@code @ManyToOne} keys.
 */
class RelationEngineTest {

  static final Relation<Team, Long, Player, Long, Membership> PLAYERS =
      Relation.<Team, Long, Player, Long, Membership>builder("Team", "players")
          .source(Team.class, "Team", Relation.idKey("id"), team -> team.id)
          .target(Player.class, "Player", Relation.idKey("id"), player -> player.id)
          .through(Membership.class, "Membership", "id", Membership::new)
          .throughKeyFromValue("teamId", (row, key) -> row.teamId = key)
          .throughKeyToValue("playerId", (row, key) -> row.playerId = key)
          .relationField((team, players) -> team.players = players)
          .build();

  static final Relation<Team, Long, Player, Long, Captaincy> CAPTAINS =
      Relation.<Team, Long, Player, Long, Captaincy>builder("Team", "captains")
          .source(Team.class, "Team", Relation.idKey("id"), team -> team.id)
          .target(Player.class, "Player", Relation.idKey("id"), player -> player.id)
          .through(Captaincy.class, "Captaincy", "id", Captaincy::new)
          .throughKeyFromAssociation("team", (row, team) -> row.team = team)
          .throughKeyToAssociation("player", (row, player) -> row.player = player)
          .relationField((team, players) -> team.captains = players)
          .build();

  static SessionFactory factory;
  Long reds;
  Long blues;
  Long ann;
  Long bob;
  Long cid;

  @BeforeAll
  static void start() {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Team.class)
        .addAnnotatedClass(Player.class)
        .addAnnotatedClass(Membership.class)
        .addAnnotatedClass(Captaincy.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:engine;DB_CLOSE_DELAY=-1");
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
    factory = configuration.buildSessionFactory();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @BeforeEach
  void teams() {
    factory.getSchemaManager().truncateMappedObjects();
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
      cid = c.id;
    });
  }

  @Test
  void valueKeysLinkFindCountAndUnlink() {
    factory.inTransaction(session -> {
      RelationOperations<Team, Long, Player, Long, Membership> players = new RelationOperations<>(PLAYERS, session, reds);
      players.link(bob, row -> row.number = 9);
      players.linkAll(List.of(ann, bob));
      assertThat(players.find()).extracting(Player::getName).containsExactly("Ann", "Bob");
      assertThat(players.count()).isEqualTo(2);
      assertThat(players.isLinked(bob)).isTrue();
      assertThat(players.findWithThrough()).extracting(l -> l.through().number).containsExactly(0, 9, 0);
      assertThat(players.unlink(bob)).isEqualTo(2);
      assertThat(players.find()).extracting(Player::getName).containsExactly("Ann");
    });
  }

  @Test
  void associationKeysUseReferencesAndTheSameQueries() {
    factory.inTransaction(session -> {
      RelationOperations<Team, Long, Player, Long, Captaincy> captains = new RelationOperations<>(CAPTAINS, session, blues);
      Captaincy row = captains.link(cid, c -> c.season = "2026");
      assertThat(session.getIdentifier(row.team)).isEqualTo(blues);
      assertThat(session.getIdentifier(row.player)).isEqualTo(cid);
      captains.set(List.of(ann, cid));
      assertThat(captains.find()).extracting(Player::getName).containsExactly("Ann", "Cid");
      assertThat(captains.findWithThrough()).extracting(l -> l.through().season).containsExactly(null, "2026");
      assertThat(captains.findById(ann)).isPresent();
      assertThat(captains.delete()).isEqualTo(2);
      assertThat(captains.count()).isZero();
    });
  }

  @Test
  void includeSetsEverySourcesFieldAndGivesEmptyListsToSourcesWithoutLinks() {
    factory.inTransaction(session -> new RelationOperations<>(PLAYERS, session, reds).linkAll(List.of(cid, ann)));
    factory.inTransaction(session -> {
      List<Team> teams = session.createQuery("from Team order by id", Team.class).getResultList();
      Map<Long, List<Player>> byTeam = PLAYERS.include(session, teams);
      assertThat(byTeam.get(reds)).extracting(Player::getName).containsExactly("Ann", "Cid");
      assertThat(byTeam.get(blues)).isEmpty();
      assertThat(teams.get(0).players).extracting(Player::getName).containsExactly("Ann", "Cid");
      assertThat(teams.get(1).players).isEmpty();
    });
  }

  @Test
  void inclusionOrdersAndLimitsPerSourceInSql() {
    factory.inTransaction(session -> {
      new RelationOperations<>(PLAYERS, session, reds).linkAll(List.of(ann, bob, cid, bob));
      new RelationOperations<>(PLAYERS, session, blues).linkAll(List.of(cid, ann));
    });
    factory.inTransaction(session -> {
      List<Team> teams = session.createQuery("from Team order by id", Team.class).getResultList();
      factory.getStatistics().clear();
      Map<Object, List<Player>> byTeam = PLAYERS.inclusion()
          .orderBy(Order.desc(Player.class, "name"))
          .limit(2)
          .load(session, teams);
      assertThat(factory.getStatistics().getPrepareStatementCount()).isEqualTo(1);
      assertThat(byTeam.get(reds)).extracting(Player::getName).containsExactly("Cid", "Bob");
      assertThat(byTeam.get(blues)).extracting(Player::getName).containsExactly("Cid", "Ann");
      assertThat(teams.get(0).players).extracting(Player::getName).containsExactly("Cid", "Bob");
      Map<Object, List<Player>> unlimited = PLAYERS.inclusion().orderBy(Order.asc(Player.class, "name")).load(session, teams);
      assertThat(unlimited.get(reds)).extracting(Player::getName).containsExactly("Ann", "Bob", "Cid");
      assertThat(PLAYERS.inclusion().limit(0).load(session, teams).get(reds)).isEmpty();
    });
  }

  @Test
  void inclusionRejectsOrdersByUnknownAttributes() {
    factory.inTransaction(session -> {
      List<Team> teams = session.createQuery("from Team", Team.class).getResultList();
      assertThatThrownBy(() -> PLAYERS.inclusion().orderBy(Order.asc(Player.class, "name; drop table Team"))
          .limit(1).load(session, teams))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Player has no single-valued attribute");
    });
  }

  @Test
  void sourceRestrictionsCountsAndOrderOnValueAndAssociationKeys() {
    factory.inTransaction(session -> {
      new RelationOperations<>(PLAYERS, session, reds).linkAll(List.of(ann, bob, bob));
      new RelationOperations<>(CAPTAINS, session, blues).linkAll(List.of(cid));
    });
    factory.inTransaction(session -> {
      Restriction<Player> isBob = Restriction.restrict(Player.class, "name", Range.singleValue("Bob"));
      assertThat(teams(session, PLAYERS.some(isBob))).containsExactly("Reds");
      assertThat(teams(session, PLAYERS.none(isBob))).containsExactly("Blues");
      assertThat(teams(session, PLAYERS.some(isBob).negated())).isEqualTo(teams(session, PLAYERS.none(isBob)));
      assertThat(teams(session, PLAYERS.every(isBob))).containsExactly("Blues");
      assertThat(teams(session, CAPTAINS.some(isBob))).isEmpty();
      assertThat(teams(session, CAPTAINS.every(isBob).negated())).containsExactly("Blues");
      assertThat(teams(session, CAPTAINS.someThrough(Restriction.unrestricted()))).containsExactly("Blues");
      List<Team> all = session.createQuery("from Team order by id", Team.class).getResultList();
      assertThat(PLAYERS.counts(session, all)).containsExactly(Map.entry(reds, 2L), Map.entry(blues, 0L));
      assertThat(CAPTAINS.counts(session, all, isBob)).containsExactly(Map.entry(reds, 0L), Map.entry(blues, 0L));
      List<String> byCaptains = SelectionSpecification.create(Team.class)
          .augment(CAPTAINS.orderByCount(SortDirection.DESCENDING)).createQuery(session).getResultList()
          .stream().map(team -> team.name).toList();
      assertThat(byCaptains).containsExactly("Blues", "Reds");
    });
  }

  @Test
  void linkIfAbsentReturnsTheFirstRowOrLinksOne() {
    factory.inTransaction(session -> {
      RelationOperations<Team, Long, Player, Long, Captaincy> captains = new RelationOperations<>(CAPTAINS, session, reds);
      Captaincy first = captains.link(ann, c -> c.season = "2025");
      captains.link(ann, c -> c.season = "2026");
      assertThat(captains.linkIfAbsent(ann, c -> c.season = "never")).isSameAs(first);
      Captaincy added = captains.linkIfAbsent(bob, c -> c.season = "2027");
      assertThat(added.season).isEqualTo("2027");
      assertThat(captains.linkIfAbsent(bob, null)).isSameAs(added);
      assertThatThrownBy(() -> captains.linkIfAbsent(404L, null)).isInstanceOf(NoSuchEntityException.class);
    });
  }

  private static List<String> teams(org.hibernate.Session session, Restriction<Team> restriction) {
    return SelectionSpecification.create(Team.class).restrict(restriction).sort(Order.asc(Team.class, "name"))
        .createQuery(session).getResultList().stream().map(team -> team.name).toList();
  }

  @Test
  void missingRowsAreNamedInTheException() {
    factory.inTransaction(session -> assertThatThrownBy(() -> new RelationOperations<>(CAPTAINS, session, reds).link(404L, null))
        .isInstanceOf(NoSuchEntityException.class)
        .hasMessage("No Player with id 404"));
  }
}
