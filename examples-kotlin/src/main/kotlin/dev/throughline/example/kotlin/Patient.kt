package dev.throughline.example.kotlin

import dev.throughline.HasManyThrough
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.Transient

/** A patient, keyed by `pid` as in LoopBack's clinic. */
@Entity
class Patient(var name: String) {

  @Id
  @GeneratedValue
  var pid: Long? = null

  /** The other way through the same appointments: `PatientDoctors`. */
  @field:Transient
  @field:HasManyThrough(through = Appointment::class)
  var doctors: MutableList<Doctor>? = null

  override fun toString() = name
}
