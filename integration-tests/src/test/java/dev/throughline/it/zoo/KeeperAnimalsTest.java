package dev.throughline.it.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.DatabaseTest;
import java.util.List;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.Test;

/** A target that is the root of a JOINED inheritance hierarchy. */
class KeeperAnimalsTest extends DatabaseTest {

  @Test
  void findsReturnSubclassInstancesAndRestrictionsOnTheRootWork() {
    long keeper = fromTransaction(session -> {
      Keeper kim = new Keeper("Kim");
      session.persist(kim);
      KeeperAnimals animals = KeeperAnimals.of(session, kim);
      animals.create(new Lion("Leo", 30));
      animals.create(new Parrot("Polly", "hello"));
      animals.create(new Lion("Nala", 2));
      return kim.getId();
    });
    inTransaction(session -> {
      List<Animal> all = counted(session, s -> KeeperAnimals.of(s, keeper).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(all).extracting(Animal::getName).containsExactly("Leo", "Polly", "Nala");
      assertThat(all.get(0)).isInstanceOf(Lion.class);
      assertThat(all.get(1)).isInstanceOfSatisfying(Parrot.class, p -> assertThat(p.getPhrase()).isEqualTo("hello"));
      assertThat(KeeperAnimals.of(session, keeper).find(Restriction.startsWith(Animal_.name, "N")))
          .singleElement().isInstanceOf(Lion.class);
      assertThat(KeeperAnimals.of(session, keeper).query().where(Restriction.equal(Animal_.name, "Polly")).count())
          .isEqualTo(1);
    });
  }
}
