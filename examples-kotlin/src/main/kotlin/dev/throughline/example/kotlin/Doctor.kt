package dev.throughline.example.kotlin

import dev.throughline.HasManyThrough
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.Transient

/** A doctor; its patients are those it has appointments with. */
@Entity
class Doctor(var name: String) {

  @Id
  @GeneratedValue
  var id: Long? = null

  /** Filled by `DoctorPatients.include`; a `MutableList` is a `java.util.List` without wildcards. */
  @field:Transient
  @field:HasManyThrough(through = Appointment::class)
  var patients: MutableList<Patient>? = null

  override fun toString() = name
}
