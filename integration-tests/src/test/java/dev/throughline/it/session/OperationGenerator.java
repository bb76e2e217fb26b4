package dev.throughline.it.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates random operations that are valid on the current model: a setup (three doctors, five
 * patients, a few appointments, committed), then one operation at a time, drawn by weight from
 * the accessor's writes and the application's own work. Patients and appointments are kept few,
 * so that operations keep meeting the same rows.
 */
final class OperationGenerator {

  static final String[] NAMES = {"Ada", "Abe", "Amy", "Bea", "Bob", "Bud", "Cal", "Cyd", "Dot", "Eve"};
  static final LocalDate[] DATES = {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4)};

  private static final int MAX_DOCTORS = 4;
  private static final int MAX_PATIENTS = 9;
  private static final int MAX_APPOINTMENTS = 16;

  private final Random random;
  private final Set<String> without;
  private int no;
  private int doctors;
  private int patients;
  private int appointments;

  /**
   * @param random the seeded source of every choice
   * @param without simple names of operation types never to generate
   */
  OperationGenerator(Random random, Set<String> without) {
    this.random = random;
    this.without = without;
  }

  /** Three doctors, five patients and four to six appointments, committed. */
  List<Operation> setup() {
    List<Operation> setup = new ArrayList<>();
    List<String> ds = new ArrayList<>();
    List<String> ps = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String d = "D" + doctors++;
      ds.add(d);
      setup.add(new Operation.PersistDoctor(no++, d));
    }
    for (int i = 0; i < 5; i++) {
      String p = "P" + patients++;
      ps.add(p);
      setup.add(new Operation.PersistPatient(no++, p, name()));
    }
    int rows = 4 + random.nextInt(3);
    for (int i = 0; i < rows; i++) {
      setup.add(new Operation.PersistAppointment(no++, "A" + appointments++, pick(ds), pick(ps), dateOrNull()));
    }
    setup.add(new Operation.Commit(no++, true));
    return setup;
  }

  /** A commit, to end a sequence with the database compared. */
  Operation finalCommit() {
    return new Operation.Commit(no++, true);
  }

  /** One operation valid on the runner's current model. */
  Operation next(ModelRunner runner) {
    ClinicModel m = runner.model;
    List<String> ds = new ArrayList<>(m.doctors);
    List<String> alive = m.alivePatients();
    List<String> dead = m.deadPatients();
    List<String> rows = m.aliveAppointments().stream().filter(runner::known).toList();
    int aliveRows = m.aliveAppointments().size();
    boolean roomForPatients = alive.size() < MAX_PATIENTS;
    boolean roomForRows = aliveRows < MAX_APPOINTMENTS;

    List<Choice> choices = List.of(
        new Choice("PersistDoctor", 1, () -> ds.size() < MAX_DOCTORS
            ? new Operation.PersistDoctor(no, "D" + doctors++) : null),
        new Choice("PersistPatient", 3, () -> roomForPatients
            ? new Operation.PersistPatient(no, "P" + patients++, name()) : null),
        new Choice("PersistAppointment", 5, () -> roomForRows && !alive.isEmpty() && !ds.isEmpty()
            ? new Operation.PersistAppointment(no, "A" + appointments++, pick(ds), pick(alive), dateOrNull()) : null),
        new Choice("FindPatient", 2, () -> alive.isEmpty() ? null : new Operation.FindPatient(no, pick(alive))),
        new Choice("RenamePatient", 6, () -> alive.isEmpty() ? null : new Operation.RenamePatient(no, pick(alive), name())),
        new Choice("MergePatient", 3, () -> alive.isEmpty() ? null : new Operation.MergePatient(no, pick(alive), name())),
        new Choice("ChangeDate", 3, () -> rows.isEmpty() ? null : new Operation.ChangeDate(no, pick(rows), pick(DATES))),
        new Choice("MergeAppointment", 2, () -> rows.isEmpty() ? null
            : new Operation.MergeAppointment(no, pick(rows), dateOrNull())),
        new Choice("RemoveAppointment", 3, () -> rows.isEmpty() ? null : new Operation.RemoveAppointment(no, pick(rows))),
        new Choice("Flush", 3, () -> new Operation.Flush(no)),
        new Choice("Clear", 4, () -> new Operation.Clear(no)),
        new Choice("Commit", 5, () -> new Operation.Commit(no, random.nextBoolean())),
        new Choice("Rollback", 1, () -> new Operation.Rollback(no)),
        new Choice("Link", 8, () -> roomForRows && !alive.isEmpty()
            ? new Operation.Link(no, pick(ds), pick(alive), dateOrNull(), "A" + appointments++) : null),
        new Choice("LinkIfAbsent", Operation.LinkIfAbsent.available() ? 5 : 0, () -> {
          if (!roomForRows || alive.isEmpty()) {
            return null;
          }
          String d = pick(ds);
          List<String> linked = new ArrayList<>(m.linkedPatients(d));
          String p = !linked.isEmpty() && random.nextBoolean() ? pick(linked) : pick(alive);
          return new Operation.LinkIfAbsent(no, d, p, dateOrNull(), "A" + appointments++);
        }),
        new Choice("LinkAll", 4, () -> {
          if (!roomForRows || alive.isEmpty()) {
            return null;
          }
          List<String> keys = some(alive, 1 + random.nextInt(3));
          return new Operation.LinkAll(no, pick(ds), keys, rowSymbols(keys.size()));
        }),
        new Choice("SetLinks", 5, () -> {
          if (!roomForRows) {
            return null;
          }
          List<String> keys = some(alive, random.nextInt(4));
          return new Operation.SetLinks(no, pick(ds), keys, rowSymbols(keys.size()));
        }),
        new Choice("Unlink", 6, () -> {
          String d = pick(ds);
          List<String> linked = new ArrayList<>(m.linkedPatients(d));
          List<String> any = new ArrayList<>(m.patients.keySet());
          if (!linked.isEmpty() && random.nextInt(5) > 0) {
            return new Operation.Unlink(no, d, pick(linked));
          }
          return any.isEmpty() ? null : new Operation.Unlink(no, d, pick(any));
        }),
        new Choice("UnlinkAll", 2, () -> new Operation.UnlinkAll(no, pick(ds))),
        new Choice("Create", 4, () -> roomForPatients && roomForRows
            ? new Operation.Create(no, pick(ds), "P" + patients++, name(), dateOrNull(), "A" + appointments++) : null),
        new Choice("Delete", 1, () -> new Operation.Delete(no, pick(ds))),
        new Choice("DeleteWhere", 3, () -> new Operation.DeleteWhere(no, pick(ds), pick(ModelRunner.PREFIXES))),
        new Choice("PatchAll", 3, () -> new Operation.PatchAll(no, pick(ds), name())),
        new Choice("QueryPatch", 4, () -> random.nextBoolean()
            ? new Operation.QueryPatch(no, pick(ds), pick(ModelRunner.PREFIXES), null, name())
            : new Operation.QueryPatch(no, pick(ds), null, pick(DATES), name())),
        new Choice("LinkMissing", 2, () -> dead.isEmpty() ? null : new Operation.LinkMissing(no, pick(ds), pick(dead))),
        new Choice("LinkAllMissing", 1, () -> {
          if (dead.isEmpty()) {
            return null;
          }
          String missing = pick(dead);
          List<String> keys = new ArrayList<>(some(alive, random.nextInt(3)));
          keys.add(random.nextInt(keys.size() + 1), missing);
          return new Operation.LinkAllMissing(no, pick(ds), List.copyOf(keys), missing);
        }),
        new Choice("SetMissing", 1, () -> {
          if (dead.isEmpty()) {
            return null;
          }
          String missing = pick(dead);
          List<String> keys = new ArrayList<>(some(alive, random.nextInt(3)));
          keys.add(random.nextInt(keys.size() + 1), missing);
          return new Operation.SetMissing(no, pick(ds), List.copyOf(keys), missing);
        }));

    List<Choice> allowed = choices.stream().filter(c -> c.weight > 0 && !without.contains(c.name)).toList();
    int total = allowed.stream().mapToInt(Choice::weight).sum();
    while (true) {
      int draw = random.nextInt(total);
      for (Choice choice : allowed) {
        draw -= choice.weight;
        if (draw < 0) {
          if (ds.isEmpty() && !choice.name.startsWith("Persist") && !choice.name.equals("Commit")) {
            break;
          }
          Operation operation = choice.make.get();
          if (operation != null) {
            no++;
            return operation;
          }
          break;
        }
      }
    }
  }

  private record Choice(String name, int weight, Supplier<Operation> make) {}

  private List<String> rowSymbols(int count) {
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      symbols.add("A" + appointments++);
    }
    return List.copyOf(symbols);
  }

  /** Up to {@code count} distinct elements, in random order. */
  private List<String> some(List<String> from, int count) {
    List<String> shuffled = new ArrayList<>(from);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  private String name() {
    return pick(NAMES);
  }

  private LocalDate dateOrNull() {
    return random.nextInt(4) == 0 ? null : pick(DATES);
  }

  private <E> E pick(List<E> from) {
    return from.get(random.nextInt(from.size()));
  }

  private <E> E pick(E[] from) {
    return from[random.nextInt(from.length)];
  }
}
