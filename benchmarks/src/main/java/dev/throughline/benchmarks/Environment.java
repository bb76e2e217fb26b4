package dev.throughline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The machine, JDK and library versions a run was measured on. */
record Environment(String database, String product, String driver, String hibernate, int cpus, String cpuModel,
    String memory, String jdk, String os, String date, long bootMillis, long seedMillis, String batching, String loadAtStart, String load) {

  static Environment of(Db db, String loadAtStart) {
    return new Environment(db.name, db.product, db.driver, org.hibernate.Version.getVersionString(),
        Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemory(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        db.bootMillis, db.seedMillis(), db.batching(), loadAtStart, readLoad());
  }

  String databaseLabel() {
    return database.equals("h2") ? "H2 (embedded, in memory)" : "PostgreSQL (127.0.0.1, loopback)";
  }

  String markdown() {
    return String.format(Locale.ROOT, """
        | | |
        |---|---|
        | database | %s; driver %s |
        | Hibernate | %s (%s, built-in connection pool of 2) |
        | JDK | %s |
        | machine | %d cores (nproc), %s, %s |
        | OS | %s |
        | measured | %s (factory built in %d ms, data seeded in %d ms); load average (1/5/15 min) at start %s, at end %s |
        """, product, driver, hibernate, batching, jdk, cpus, memory, cpuModel, os, date, bootMillis, seedMillis,
        loadAtStart, load);
  }

  private static String readCpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
  static String readLoad() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return fields[0] + " / " + fields[1] + " / " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String readMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.1f GiB memory", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap";
  }
}
