package dev.throughline.it.large;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.DatabaseTest;
import dev.throughline.it.support.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Large data on PostgreSQL, in a JVM limited to 256 MB (the {@code large-data} profile): inclusion
 * over more source keys than one statement may bind, and streaming a million links. The rows are
 * made with native SQL ({@code generate_series}), with ids far above what the sequences hand out.
 */
@Tag("large")
class LargeDataTest extends DatabaseTest {

  static final long CRATE_BASE = 1_000_000_000L;
  static final long PARCEL_BASE = 2_000_000_000L;
  static final long PACKING_BASE = 3_000_000_000L;
  static final long SECOND_PACKING_BASE = 4_000_000_000L;

  static final int SOURCES = 100_000;
  static final int PARCELS_FOR_INCLUSION = 50;
  /** PostgreSQL's JDBC driver binds at most 65,535 parameters per statement. */
  static final int PG_MAX_PARAMETERS = 65_535;
  /** The runtime's key chunk. */
  static final int CHUNK = 16_384;

  static final int LINKS = 1_000_000;

  @BeforeEach
  void onPostgreSql() {
    Assumptions.assumeTrue(TestDatabase.current().name().equals("postgresql"),
        "large data runs on PostgreSQL (native generate_series)");
  }

  private void nativeUpdate(String sql) {
    inTransaction(session -> session.createNativeMutationQuery(sql).executeUpdate());
  }

  /** Crate g links parcels g % 50 + 1 and 7g % 50 + 1 (the same one twice when g % 25 == 0); every tenth crate none. */
  private static List<Long> expectedParcels(long crate) {
    long g = crate - CRATE_BASE;
    if (g % 10 == 0) {
      return List.of();
    }
    return List.copyOf(new TreeSet<>(List.of(PARCEL_BASE + g % 50 + 1, PARCEL_BASE + (g * 7) % 50 + 1)));
  }

  @Test
  void includeOverOneHundredThousandSourcesUsesOneStatementPerKeyChunk() {
    long started = System.nanoTime();
    nativeUpdate("insert into Parcel (id, label) select " + PARCEL_BASE + " + g, 'parcel ' || g"
        + " from generate_series(1, " + PARCELS_FOR_INCLUSION + ") g");
    nativeUpdate("insert into Crate (id, label) select " + CRATE_BASE + " + g, 'crate ' || g"
        + " from generate_series(1, " + SOURCES + ") g");
    nativeUpdate("insert into Packing (id, crateId, parcelId) select " + PACKING_BASE + " + g, " + CRATE_BASE + " + g, "
        + PARCEL_BASE + " + g % 50 + 1 from generate_series(1, " + SOURCES + ") g where g % 10 <> 0");
    nativeUpdate("insert into Packing (id, crateId, parcelId) select " + SECOND_PACKING_BASE + " + g, " + CRATE_BASE
        + " + g, " + PARCEL_BASE + " + (g * 7) % 50 + 1 from generate_series(1, " + SOURCES + ") g where g % 10 <> 0");
    nativeUpdate("analyze Crate, Packing, Parcel");
    double seeded = seconds(started);

    inTransaction(session -> {
      long loading = System.nanoTime();
      List<Crate> crates = session.createQuery("from Crate order by id", Crate.class).getResultList();
      assertThat(crates).hasSize(SOURCES);
      assertThat(SOURCES).as("more keys than one statement may bind").isGreaterThan(PG_MAX_PARAMETERS);
      double loaded = seconds(loading);

      long including = System.nanoTime();
      Map<Long, List<Parcel>> byCrate = counted(session, s -> CrateParcels.include(s, crates));
      double included = seconds(including);
      int chunks = (SOURCES + CHUNK - 1) / CHUNK;
      assertThat(sql.count("select")).as("one select per chunk of %d keys", CHUNK).isEqualTo(chunks);
      assertThat(sql.total()).isEqualTo(chunks);
      assertThat(preparedStatements()).isEqualTo(chunks);

      assertThat(byCrate).hasSize(SOURCES);
      long links = 0;
      for (Crate crate : crates) {
        List<Long> expected = expectedParcels(crate.getId());
        assertThat(ids(byCrate.get(crate.getId()))).as("crate %d", crate.getId()).isEqualTo(expected);
        assertThat(ids(crate.getParcels())).as("crate %d's field", crate.getId()).isEqualTo(expected);
        links += expected.size();
      }
      System.out.printf("Large include on %s: %,d sources (%,d distinct links) in %d statements;"
              + " seeding %.1f s, loading %.1f s, include %.1f s; heap limit %,d MB%n",
          TestDatabase.current().name(), SOURCES, links, sql.total(), seeded, loaded, included, maxHeapMb());
    });
  }

  @Test
  void oneMillionLinksCountAndStreamInConstantMemory() {
    assertThat(maxHeapMb()).as("the large-data profile runs this in a JVM with -Xmx256m").isLessThanOrEqualTo(256);
    long started = System.nanoTime();
    long crate = CRATE_BASE + 1;
    nativeUpdate("insert into Crate (id, label) values (" + crate + ", 'the big one')");
    nativeUpdate("insert into Crate (id, label) values (" + (crate + 1) + ", 'a small one')");
    nativeUpdate("insert into Parcel (id, label) select " + PARCEL_BASE + " + g, 'parcel ' || g"
        + " from generate_series(1, " + LINKS + ") g");
    nativeUpdate("insert into Packing (id, crateId, parcelId) select " + PACKING_BASE + " + g, " + crate + ", "
        + PARCEL_BASE + " + g from generate_series(1, " + LINKS + ") g");
    nativeUpdate("insert into Packing (id, crateId, parcelId) values (" + SECOND_PACKING_BASE + ", " + (crate + 1) + ", "
        + (PARCEL_BASE + 1) + ")");
    nativeUpdate("analyze Crate, Packing, Parcel");
    double seeded = seconds(started);

    long counting = System.nanoTime();
    long count = fromTransaction(session -> CrateParcels.of(session, crate).count());
    double counted = seconds(counting);
    assertThat(count).isEqualTo(LINKS);

    long streaming = System.nanoTime();
    long[] peakUsedHeap = {0};
    long streamed = fromTransaction(session -> {
      long seen = 0;
      long previous = PARCEL_BASE;
      try (Stream<Parcel> parcels = CrateParcels.of(session, crate).query().stream()) {
        for (Parcel parcel : (Iterable<Parcel>) parcels::iterator) {
          assertThat(parcel.getId()).isEqualTo(previous + 1);
          previous = parcel.getId();
          seen++;
          if (seen % 50_000 == 0) {
            assertThat(parcel.getLabel()).isEqualTo("parcel " + (parcel.getId() - PARCEL_BASE));
            assertThat(managedEntities(session)).as("managed after %,d targets", seen).isLessThan(10_000);
            peakUsedHeap[0] = Math.max(peakUsedHeap[0], usedHeap());
          }
        }
      }
      return seen;
    });
    double streamedSeconds = seconds(streaming);
    assertThat(streamed).isEqualTo(LINKS);
    System.out.printf("Large stream on %s: %,d links counted in %.1f s and streamed in %.1f s (seeding %.1f s);"
            + " heap limit %,d MB, peak heap live after GC while streaming %,d MB%n",
        TestDatabase.current().name(), streamed, counted, streamedSeconds, seeded, maxHeapMb(),
        peakUsedHeap[0] >> 20);
  }

  private static List<Long> ids(List<Parcel> parcels) {
    List<Long> ids = new ArrayList<>(parcels.size());
    parcels.forEach(parcel -> ids.add(parcel.getId()));
    return ids;
  }

  private static int managedEntities(Session session) {
    return session.unwrap(SessionImplementor.class).getPersistenceContextInternal().getNumberOfManagedEntities();
  }

  /** Heap in use after the last collection of each pool: what is live, not what awaits collection. */
  private static long usedHeap() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  private static long maxHeapMb() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
