package dev.throughline.it.clinic;

import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;

/** The relation contract on the seeds' Doctor, Appointment and Patient: basic key columns, Patient keyed by pid. */
class ClinicContractTest extends RelationContract<Doctor, Long, Patient, Long, Appointment> {

  ClinicContractTest() {
    super(Fixtures::doctorPatients);
  }
}
