package dev.throughline.it.integrity;

import dev.throughline.it.contract.Fixtures;

/** Basic key columns ({@code Shift.nurseId}, {@code Shift.wardId}) under foreign-key constraints. */
class NurseShiftIntegrityTest extends MissingEntityContract<Nurse, Ward, Shift> {

  NurseShiftIntegrityTest() {
    super(Fixtures::nurseWards, true, "insert into Shift (id, nurseId, wardId, slot) values (-1, -1, -1, 'dangling')");
  }
}
