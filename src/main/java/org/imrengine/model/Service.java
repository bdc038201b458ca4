package org.imrengine.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A medical service: what a request asks for, what a past treatment was, what a study was, or what
 * a plan proposes. One vocabulary serves all four, so a prior treatment can be matched to the
 * request that repeats it. The services are data ({@code rules/vocabulary/services.yaml}, see
 * {@link Vocabulary}); two services are equal when their ids are. Immutable and thread-safe.
 */
public final class Service extends VocabularyTerm {

  /** The broad class of a service, used by fact extraction (for example "conservative care"). */
  public enum Kind implements Term {
    /** Imaging. */
    IMAGING,
    /** An electrodiagnostic study. */
    ELECTRODIAGNOSTIC,
    /** A test other than imaging or electrodiagnostics. */
    OTHER_TEST,
    /** A service requested together with another, such as sedation. */
    ADD_ON,
    /** Conservative care other than exercise. */
    CONSERVATIVE,
    /** Exercise-based therapy. */
    EXERCISE,
    /** An injection or other interventional procedure. */
    INJECTION,
    /** Surgery. */
    SURGERY,
    /** A medication class. */
    DRUG,
    /** Anything else. */
    OTHER
  }

  private final Kind kind;

  /**
   * Creates a service; {@link Vocabulary} compiles them from the vocabulary file.
   *
   * @param id the lower_snake id, such as {@code "physical_therapy"}
   * @param kind the broad class
   * @param description what the service is, in one sentence
   * @param role the part the service plays for the engine, if any
   * @param codes standard codes (CPT, HCPCS) that name this service
   * @throws IllegalArgumentException if the id is not lower_snake
   */
  public Service(String id, Kind kind, String description, Optional<Vocabulary.Role> role,
      List<StandardCode> codes) {
    super(id, description, role, codes);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * The built-in service with id {@code id}.
   *
   * @param id the id, such as {@code "mri"}
   * @return the service of the built-in vocabulary
   * @throws IllegalArgumentException naming the allowed ids when there is none
   */
  public static Service of(String id) {
    return Vocabulary.builtIn().services().get(id);
  }

  /** {@return the broad class of this service} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return whether this service is a diagnostic study (imaging, electrodiagnostic or another
   * test)}
   */
  public boolean isStudy() {
    return kind == Kind.IMAGING || kind == Kind.ELECTRODIAGNOSTIC || kind == Kind.OTHER_TEST;
  }

  /**
   * {@return whether this service is conservative care: medication, exercise, manual or passive
   * therapy}
   */
  public boolean isConservative() {
    return kind == Kind.CONSERVATIVE || kind == Kind.EXERCISE || kind == Kind.DRUG;
  }

  /** {@return whether this service is an invasive procedure: an injection or surgery} */
  public boolean isInvasive() {
    return kind == Kind.INJECTION || kind == Kind.SURGERY;
  }
}
