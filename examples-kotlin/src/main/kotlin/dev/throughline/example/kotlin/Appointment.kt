package dev.throughline.example.kotlin

import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import java.time.LocalDate

/**
 * Links a doctor to a patient, with the appointment's own data. Every constructor parameter has a default, so
 * Kotlin also declares the no-argument constructor that the generated accessors create rows with; the one the jpa
 * plugin adds otherwise is deprecated, and calling it is a deprecation warning in the generated Java.
 */
@Entity
class Appointment(
  var doctorId: Long? = null,
  var patientId: Long? = null,
  var appointmentDate: LocalDate? = null,
  var reason: String? = null,
) {

  @Id
  @GeneratedValue
  var id: Long? = null
}
