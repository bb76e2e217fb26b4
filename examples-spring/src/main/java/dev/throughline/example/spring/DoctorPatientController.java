package dev.throughline.example.spring;

import dev.throughline.NoSuchEntityException;
import dev.throughline.Patch;
import dev.throughline.filter.Filters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * LoopBack 4's {@code DoctorPatientController}: the routes of the relation {@code Doctor.patients},
 * each one {@code @Transactional} method over the generated {@code DoctorPatients} accessor.
 *
 * <pre>
 * GET    /doctors/{id}/patients              the doctor's patients (?filter=, shortcuts: PatientParameters)
 * POST   /doctors/{id}/patients              creates a patient and the appointment linking it
 * PATCH  /doctors/{id}/patients              updates the doctor's (?where= matching) patients
 * DELETE /doctors/{id}/patients              deletes the doctor's (?where= matching) patients
 * GET    /doctors/{id}/patients/{pid}        one patient, if linked to the doctor
 * POST   /doctors/{id}/patients/{pid}/link   links an existing patient with a new appointment
 * PUT    /doctors/{id}/patients/{pid}/link   the same
 * DELETE /doctors/{id}/patients/{pid}/link   unlinks: deletes their appointments
 * DELETE /doctors/{id}/patients/links        unlinks every patient of the doctor
 * </pre>
 *
 * An unknown doctor or patient is a 404, a bad parameter or body a 400 ({@link ApiErrors}).
 */
@RestController
@RequestMapping("/doctors/{id}/patients")
public class DoctorPatientController {

  /** A new patient and the appointment's own data (LoopBack: the patient and {@code throughData}). */
  public record NewPatient(String name, LocalDate appointmentDate) {}

  /** The appointment's own data for a link; the body may be left out. */
  public record AppointmentData(LocalDate appointmentDate) {}

  /** The changes of a PATCH: each attribute given is set on every matching patient. */
  public record PatientChanges(String name) {}

  /** How many rows a bulk operation affected, as LoopBack answers. */
  public record Count(long count) {}

  @PersistenceContext private EntityManager em;
  private final Filters filters;

  public DoctorPatientController(Filters filters) {
    this.filters = filters;
  }

  /** {@code GET /doctors/{id}/patients?filter={"where":..,"order":..,"skip":..,"limit":..}}, or the shortcuts. */
  @GetMapping
  @Transactional(readOnly = true)
  public List<Patient> find(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters) {
    PatientParameters filter = PatientParameters.parse(parameters, PatientParameters.FIND, filters);
    List<Patient> patients = filter.applyTo(DoctorPatients.of(em, id).query()).list();
    if (patients.isEmpty()) {
      requireDoctor(id); // only an empty answer costs the check
    }
    return patients;
  }

  /** {@code GET /doctors/{id}/patients/{pid}}: 404 unless the patient is the doctor's. */
  @GetMapping("/{pid}")
  @Transactional(readOnly = true)
  public Patient findById(@PathVariable long id, @PathVariable long pid) {
    return DoctorPatients.of(em, id).findById(pid).orElseThrow(() -> {
      requireDoctor(id);
      return new ResponseStatusException(HttpStatus.NOT_FOUND, "Patient " + pid + " is not a patient of Doctor " + id);
    });
  }

  /** {@code POST /doctors/{id}/patients} with {@code {"name": "Ann", "appointmentDate": "2026-12-01"}}. */
  @PostMapping
  @Transactional
  public ResponseEntity<Patient> create(@PathVariable long id, @RequestBody NewPatient body) {
    if (body.name() == null || body.name().isBlank()) {
      throw ClinicFilters.badRequest("A patient needs a name");
    }
    Patient patient = DoctorPatients.of(em, id)
        .create(new Patient(body.name()), appointment -> appointment.setAppointmentDate(body.appointmentDate()));
    return ResponseEntity.created(URI.create("/doctors/" + id + "/patients/" + patient.getPid())).body(patient);
  }

  /** {@code PATCH /doctors/{id}/patients?where={"name":"Ann"}} with {@code {"name": "Anne"}}: one bulk UPDATE. */
  @PatchMapping
  @Transactional
  public Count patch(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
      @RequestBody PatientChanges changes) {
    PatientParameters filter = PatientParameters.parse(parameters, PatientParameters.WHERE_AND_THROUGH, filters);
    if (changes.name() == null || changes.name().isBlank()) {
      throw ClinicFilters.badRequest("Nothing to change: give a non-blank name");
    }
    int count = filter.applyTo(DoctorPatients.of(em, id).query()).patch(Patch.set(Patient_.name, changes.name()));
    if (count == 0) {
      requireDoctor(id);
    }
    return new Count(count);
  }

  /** {@code DELETE /doctors/{id}/patients?where={"name":"Ann"}}: the patients, and every appointment they have. */
  @DeleteMapping
  @Transactional
  public Count delete(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters) {
    PatientParameters filter = PatientParameters.parse(parameters, PatientParameters.WHERE, filters);
    int count = DoctorPatients.of(em, id).delete(filter.targetRestriction());
    if (count == 0) {
      requireDoctor(id);
    }
    return new Count(count);
  }

  /** {@code POST} or {@code PUT /doctors/{id}/patients/{pid}/link} with {@code {"appointmentDate": ..}}. */
  // tour:begin spring-link
  @RequestMapping(path = "/{pid}/link", method = {RequestMethod.POST, RequestMethod.PUT})
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Appointment link(@PathVariable long id, @PathVariable long pid,
      @RequestBody(required = false) AppointmentData body) {
    LocalDate date = body == null ? null : body.appointmentDate();
    return DoctorPatients.of(em, id).link(pid, appointment -> appointment.setAppointmentDate(date));
  }
  // tour:end spring-link

  /** {@code DELETE /doctors/{id}/patients/{pid}/link}: 204, also when they were not linked. */
  @DeleteMapping("/{pid}/link")
  @Transactional
  public ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable long pid) {
    if (DoctorPatients.of(em, id).unlink(pid) == 0) {
      requireDoctor(id);
      requirePatient(pid);
    }
    return ResponseEntity.noContent().build();
  }

  /** {@code DELETE /doctors/{id}/patients/links}: the patients stay, their appointments go. */
  @DeleteMapping("/links")
  @Transactional
  public Count unlinkAll(@PathVariable long id) {
    int count = DoctorPatients.of(em, id).unlinkAll();
    if (count == 0) {
      requireDoctor(id);
    }
    return new Count(count);
  }

  private void requireDoctor(long id) {
    if (em.find(Doctor.class, id) == null) {
      throw new NoSuchEntityException("Doctor", "id", id);
    }
  }

  private void requirePatient(long pid) {
    if (em.find(Patient.class, pid) == null) {
      throw new NoSuchEntityException("Patient", "pid", pid);
    }
  }

}
