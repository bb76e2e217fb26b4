package dev.throughline.example.spring;

import dev.throughline.NoSuchEntityException;
import dev.throughline.filter.Filter;
import dev.throughline.filter.Filters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.query.restriction.Restriction;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Doctors, with LoopBack's filter: {@code GET /doctors?filter={"where":{"name":{"like":"Dr.%"}},
 * "order":"name","limit":10,"include":[{"relation":"patients","scope":{"order":"name","limit":1}}]}}
 * lists the doctors with (one of) their patients in two SQL statements, however many doctors there
 * are. Names are checked by the filter module against the metamodel and the generated registry
 * {@code DoctorRelations}; an unknown one is a 400 that names the path and the known ones. The
 * shortcuts {@code include=patients} and LoopBack's bracket spellings ({@code
 * filter[include][]=patients}, {@code filter[include][0][relation]=patients}) still work.
 */
@RestController
@RequestMapping("/doctors")
public class DoctorController {

  /** A new doctor. */
  public record NewDoctor(String name) {}

  /** {@code filter[include]}, {@code filter[include][]}, {@code filter[include][0]}, {@code filter[include][0][relation]}. */
  private static final Pattern FILTER_INCLUDE = Pattern.compile("filter\\[include](\\[\\d*])?(\\[relation])?");

  private static final String HAS_PATIENT_NAMED = "hasPatientNamed";

  @PersistenceContext private EntityManager em;
  private final Filters filters;

  public DoctorController(Filters filters) {
    this.filters = filters;
  }

  /**
   * {@code GET /doctors?filter=...}: one statement for the doctors, one per included relation, and
   * one for every listed doctor's number of patients. {@code hasPatientNamed=Ann} keeps the doctors
   * who have a patient of that name, as one {@code EXISTS} in the doctors' statement.
   */
  @GetMapping
  @Transactional(readOnly = true)
  public List<Doctor> find(@RequestParam MultiValueMap<String, String> parameters) {
    String json = filterText(parameters);
    // tour:begin filter-find
    Filter<Doctor> filter = filters.parse(Doctor.class, json); // a FilterException names the path
    filter = withPatientNamed(filter, parameters); // hasPatientNamed=Ann, see below
    String[] relations = relationsToInclude(parameters, filter); // the include=patients shortcut
    List<Doctor> doctors = filter.find(em); // where, order, page: 1 statement; each included level: 1
    // tour:end filter-find
    DoctorRelations.include(em, doctors, relations);
    // tour:begin patient-counts
    Map<Long, Long> patientCounts = DoctorPatients.counts(em, doctors); // 1 statement for the page
    doctors.forEach(doctor -> doctor.setPatientCount(patientCounts.get(doctor.getId())));
    // tour:end patient-counts
    return doctors;
  }

  /** The filter, and the doctors who saw a patient with the name {@code hasPatientNamed} gives, if it is given. */
  private static Filter<Doctor> withPatientNamed(Filter<Doctor> filter, MultiValueMap<String, String> parameters) {
    List<String> names = parameters.getOrDefault(HAS_PATIENT_NAMED, List.of());
    if (names.size() > 1) {
      throw ClinicFilters.badRequest(HAS_PATIENT_NAMED + " is given " + names.size() + " times");
    }
    if (names.isEmpty()) {
      return filter;
    }
    // tour:begin has-patient-named
    return filter.and(DoctorPatients.some(Restriction.equal(Patient_.name, names.get(0))));
    // tour:end has-patient-named
  }

  /** {@code GET /doctors/{id}?filter={"include":["patients"]}}: as LoopBack, the filter has no where here. */
  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  public Doctor findById(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters) {
    if (parameters.containsKey(HAS_PATIENT_NAMED)) {
      throw ClinicFilters.badRequest(HAS_PATIENT_NAMED + " selects among doctors; GET /doctors/{id} does not take it");
    }
    Filter<Doctor> filter = filters.parse(Doctor.class, filterText(parameters));
    if (filter.where().isPresent() || !filter.orders().isEmpty() || filter.offset() > 0 || filter.limit().isPresent()) {
      throw ClinicFilters.badRequest("GET /doctors/{id} takes only filter.include");
    }
    String[] relations = relationsToInclude(parameters, filter);
    Doctor doctor = em.find(Doctor.class, id);
    if (doctor == null) {
      throw new NoSuchEntityException("Doctor", "id", id);
    }
    filter.include(em, List.of(doctor));
    DoctorRelations.include(em, List.of(doctor), relations);
    return doctor;
  }

  /** {@code POST /doctors} with {@code {"name": "Dr. House"}}. */
  @PostMapping
  @Transactional
  public ResponseEntity<Doctor> create(@RequestBody NewDoctor body) {
    if (body.name() == null || body.name().isBlank()) {
      throw ClinicFilters.badRequest("A doctor needs a name");
    }
    Doctor doctor = new Doctor(body.name());
    em.persist(doctor);
    return ResponseEntity.created(URI.create("/doctors/" + doctor.getId())).body(doctor);
  }

  /** The {@code filter} parameter; no filter is {@code {}}. */
  private static String filterText(MultiValueMap<String, String> parameters) {
    List<String> filter = parameters.getOrDefault("filter", List.of());
    if (filter.size() > 1) {
      throw ClinicFilters.badRequest("filter is given " + filter.size() + " times");
    }
    return filter.isEmpty() ? "{}" : filter.get(0);
  }

  /**
   * The relation names the shortcuts ask to include, each checked against {@code DoctorRelations}
   * before any SQL runs: an unknown name is a 400 with the registry's message, which names the
   * relations that exist.
   */
  private static String[] relationsToInclude(MultiValueMap<String, String> parameters, Filter<Doctor> filter) {
    Set<String> names = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String key = parameter.getKey();
      for (String value : parameter.getValue()) {
        if (key.equals("include") || FILTER_INCLUDE.matcher(key).matches()) {
          names.addAll(commaSeparated(value));
        } else if (!key.equals("filter") && !key.equals(HAS_PATIENT_NAMED)) {
          throw ClinicFilters.badRequest("Unknown query parameter '" + key + "'; this route accepts"
              + " filter=<LoopBack filter>, include=<relation>, filter[include][]=<relation> and hasPatientNamed=<name>");
        }
      }
    }
    if (!names.isEmpty() && !filter.inclusions().isEmpty()) {
      throw ClinicFilters.badRequest("Give the inclusions in filter or as include parameters, not both");
    }
    for (String name : names) {
      try {
        DoctorRelations.inclusion(name);
      } catch (IllegalArgumentException unknown) {
        throw ClinicFilters.badRequest(unknown.getMessage());
      }
    }
    return names.toArray(String[]::new);
  }

  private static List<String> commaSeparated(String value) {
    List<String> names = new ArrayList<>();
    for (String name : value.split(",")) {
      if (!name.isBlank()) {
        names.add(name.trim());
      }
    }
    return names;
  }
}
