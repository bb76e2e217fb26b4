package dev.throughline.example.spring;

import dev.throughline.NoSuchEntityException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Doctors, with LoopBack's inclusion filter: {@code GET /doctors?include=patients} (or {@code
 * filter[include][]=patients}, {@code filter[include][0][relation]=patients}, {@code
 * filter={"include":["patients"]}}) lists the doctors with their patients in two SQL statements,
 * however many doctors there are. Relation names are resolved by the generated registry {@code
 * DoctorRelations}; an unknown one is a 400 that names the known ones.
 */
@RestController
@RequestMapping("/doctors")
public class DoctorController {

  /** A new doctor. */
  public record NewDoctor(String name) {}

  /** {@code filter[include]}, {@code filter[include][]}, {@code filter[include][0]}, {@code filter[include][0][relation]}. */
  private static final Pattern FILTER_INCLUDE = Pattern.compile("filter\\[include](\\[\\d*])?(\\[relation])?");

  @PersistenceContext private EntityManager em;
  private final ObjectMapper json;

  public DoctorController(ObjectMapper json) {
    this.json = json;
  }

  /** {@code GET /doctors?include=patients}: one statement for the doctors, one per included relation. */
  @GetMapping
  @Transactional(readOnly = true)
  public List<Doctor> find(@RequestParam MultiValueMap<String, String> parameters) {
    String[] relations = relationsToInclude(parameters);
    List<Doctor> doctors = em.createQuery("from Doctor order by id", Doctor.class).getResultList();
    DoctorRelations.include(em, doctors, relations);
    return doctors;
  }

  /** {@code GET /doctors/{id}?include=patients}. */
  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  public Doctor findById(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters) {
    String[] relations = relationsToInclude(parameters);
    Doctor doctor = em.find(Doctor.class, id);
    if (doctor == null) {
      throw new NoSuchEntityException("Doctor", "id", id);
    }
    DoctorRelations.include(em, List.of(doctor), relations);
    return doctor;
  }

  /** {@code POST /doctors} with {@code {"name": "Dr. House"}}. */
  @PostMapping
  @Transactional
  public ResponseEntity<Doctor> create(@RequestBody NewDoctor body) {
    if (body.name() == null || body.name().isBlank()) {
      throw PatientFilter.badRequest("A doctor needs a name");
    }
    Doctor doctor = new Doctor(body.name());
    em.persist(doctor);
    return ResponseEntity.created(URI.create("/doctors/" + doctor.getId())).body(doctor);
  }

  /**
   * The relation names the request asks to include, each checked against {@code DoctorRelations}
   * before any SQL runs: an unknown name is a 400 with the registry's message, which names the
   * relations that exist.
   */
  private String[] relationsToInclude(MultiValueMap<String, String> parameters) {
    Set<String> names = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String key = parameter.getKey();
      for (String value : parameter.getValue()) {
        if (key.equals("include")) {
          names.addAll(commaSeparated(value));
        } else if (FILTER_INCLUDE.matcher(key).matches()) {
          names.addAll(commaSeparated(value));
        } else if (key.equals("filter")) {
          names.addAll(includeOfJsonFilter(value));
        } else {
          throw PatientFilter.badRequest("Unknown query parameter '" + key
              + "'; this route accepts include=<relation> and LoopBack's filter[include][]=<relation>");
        }
      }
    }
    for (String name : names) {
      try {
        DoctorRelations.inclusion(name);
      } catch (IllegalArgumentException unknown) {
        throw PatientFilter.badRequest(unknown.getMessage());
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

  /** LoopBack's {@code filter={"include":["patients"]}} or {@code {"include":[{"relation":"patients"}]}}. */
  private List<String> includeOfJsonFilter(String filter) {
    JsonNode root;
    try {
      root = json.readTree(filter);
    } catch (JacksonException e) {
      throw PatientFilter.badRequest("filter is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw PatientFilter.badRequest("filter is not a JSON object");
    }
    List<String> names = new ArrayList<>();
    for (String field : root.propertyNames()) {
      if (!field.equals("include")) {
        throw PatientFilter.badRequest("filter." + field + " is not supported on this route; only filter.include is");
      }
    }
    JsonNode include = root.path("include");
    if (include.isMissingNode()) {
      return names;
    }
    for (JsonNode item : include.isArray() ? include : List.of(include)) {
      JsonNode name = item.isObject() ? item.path("relation") : item;
      if (!name.isString()) {
        throw PatientFilter.badRequest("filter.include names relations: [\"patients\"] or [{\"relation\":\"patients\"}]");
      }
      names.add(name.asString());
    }
    return names;
  }
}
