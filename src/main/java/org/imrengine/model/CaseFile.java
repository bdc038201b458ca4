package org.imrengine.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A case under independent medical review: the record as the reviewer has it, and the requests in
 * dispute. What the record does not mention is <em>not documented</em>; an item with
 * {@code present == false} or a normal result is <em>documented absent</em>. Immutable and
 * thread-safe.
 *
 * <p>Build one with {@link #builder()} or read one with {@link CaseFileReader}.
 */
public final class CaseFile {
  private final String caseId;
  private final LocalDate asOf;
  private final Claimant claimant;
  private final Optional<DateSpan> injuryDate;
  private final List<Diagnosis> diagnoses;
  private final List<Symptom> symptoms;
  private final List<Finding> findings;
  private final List<Treatment> treatments;
  private final List<Study> studies;
  private final List<RedFlag> redFlags;
  private final List<ClinicalEvent> events;
  private final List<Plan> plans;
  private final List<Condition> conditions;
  private final List<Surgery> surgeries;
  private final List<ExamSummary> examSummaries;
  private final List<Medication> medications;
  private final List<Observation> observations;
  private final List<Request> requests;
  private final Map<String, Item> items;

  private CaseFile(Builder b, boolean checkDates) {
    this.caseId = Checks.id(b.caseId);
    this.asOf = Checks.notNull(b.asOf, "asOf");
    this.claimant = Checks.notNull(b.claimant, "claimant");
    this.injuryDate = Checks.notNull(b.injuryDate, "injuryDate");
    this.diagnoses = List.copyOf(b.diagnoses);
    this.symptoms = List.copyOf(b.symptoms);
    this.findings = List.copyOf(b.findings);
    this.treatments = List.copyOf(b.treatments);
    this.studies = List.copyOf(b.studies);
    this.redFlags = List.copyOf(b.redFlags);
    this.events = List.copyOf(b.events);
    this.plans = List.copyOf(b.plans);
    this.conditions = List.copyOf(b.conditions);
    this.surgeries = List.copyOf(b.surgeries);
    this.examSummaries = List.copyOf(b.examSummaries);
    this.medications = List.copyOf(b.medications);
    this.observations = List.copyOf(b.observations);
    this.requests = List.copyOf(b.requests);
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("requests must not be empty");
    }
    Map<String, Item> byId = new LinkedHashMap<>();
    for (List<? extends Item> list : itemLists()) {
      for (Item item : list) {
        if (byId.putIfAbsent(item.id(), item) != null) {
          throw new IllegalArgumentException("duplicate item id '" + item.id() + "'");
        }
      }
    }
    Map<String, Request> requestIds = new LinkedHashMap<>();
    for (Request request : requests) {
      if (requestIds.putIfAbsent(request.id(), request) != null) {
        throw new IllegalArgumentException("duplicate request id '" + request.id() + "'");
      }
    }
    this.items = byId;
    if (checkDates) {
      CaseDates.check(this);
    }
  }

  // Every item list, in file order of the format.
  private List<List<? extends Item>> itemLists() {
    return List.of(diagnoses, symptoms, findings, treatments, studies, redFlags, events, plans,
        conditions, surgeries, examSummaries, medications, observations);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this case's contents, for making an edited copy.
   *
   * @return this builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().caseId(caseId).asOf(asOf).claimant(claimant).injuryDate(injuryDate);
    b.diagnoses.addAll(diagnoses);
    b.symptoms.addAll(symptoms);
    b.findings.addAll(findings);
    b.treatments.addAll(treatments);
    b.studies.addAll(studies);
    b.redFlags.addAll(redFlags);
    b.events.addAll(events);
    b.plans.addAll(plans);
    b.conditions.addAll(conditions);
    b.surgeries.addAll(surgeries);
    b.examSummaries.addAll(examSummaries);
    b.medications.addAll(medications);
    b.observations.addAll(observations);
    b.requests.addAll(requests);
    return b;
  }

  /** {@return the case id} */
  public String caseId() {
    return caseId;
  }

  /** {@return the date the record runs to: no item of the case is dated after it} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return what the record says about the claimant} */
  public Claimant claimant() {
    return claimant;
  }

  /**
   * {@return the exact date of the industrial injury; empty when the record does not give it, or
   * gives it
   * only as a span ("injured in 2018")}
   */
  public Optional<LocalDate> injuryDate() {
    return injuryDate.flatMap(DateSpan::exact);
  }

  /**
   * {@return the date of the industrial injury as precisely as the record gives it; empty when
   * unknown}
   */
  public Optional<DateSpan> injuryDateSpan() {
    return injuryDate;
  }

  /** {@return the diagnoses of the case, in file order} */
  public List<Diagnosis> diagnoses() {
    return diagnoses;
  }

  /** {@return the symptoms of the case, in file order} */
  public List<Symptom> symptoms() {
    return symptoms;
  }

  /** {@return the findings of the case, in file order} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return the treatments of the case, in file order} */
  public List<Treatment> treatments() {
    return treatments;
  }

  /** {@return the studies of the case, in file order} */
  public List<Study> studies() {
    return studies;
  }

  /** {@return the red flags of the case, in file order} */
  public List<RedFlag> redFlags() {
    return redFlags;
  }

  /** {@return the events of the case, in file order} */
  public List<ClinicalEvent> events() {
    return events;
  }

  /** {@return the plans of the case, in file order} */
  public List<Plan> plans() {
    return plans;
  }

  /** {@return the conditions of the case, in file order} */
  public List<Condition> conditions() {
    return conditions;
  }

  /** {@return the surgeries the worker has had} */
  public List<Surgery> surgeries() {
    return surgeries;
  }

  /**
   * Examinations the record states only globally ("consistent with radiculopathy").
   *
   * @return the exam summary items, in order
   */
  public List<ExamSummary> examSummaries() {
    return examSummaries;
  }

  /** {@return the medications the record lists} */
  public List<Medication> medications() {
    return medications;
  }

  /**
   * Coded observations.
   *
   * @return the observation items, in order
   */
  public List<Observation> observations() {
    return observations;
  }

  /** {@return the disputed requests, in file order; never empty} */
  public List<Request> requests() {
    return requests;
  }

  /**
   * {@return the item with this id, if the case has one}
   * @param id the id
   */
  public Optional<Item> item(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /**
   * {@return the request with this id, if the case has one}
   * @param id the id
   */
  public Optional<Request> request(String id) {
    return requests.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CaseFile)) {
      return false;
    }
    CaseFile other = (CaseFile) o;
    return caseId.equals(other.caseId) && asOf.equals(other.asOf)
        && claimant.equals(other.claimant) && injuryDate.equals(other.injuryDate)
        && diagnoses.equals(other.diagnoses) && symptoms.equals(other.symptoms)
        && findings.equals(other.findings) && treatments.equals(other.treatments)
        && studies.equals(other.studies) && redFlags.equals(other.redFlags)
        && events.equals(other.events) && plans.equals(other.plans)
        && conditions.equals(other.conditions) && surgeries.equals(other.surgeries)
        && examSummaries.equals(other.examSummaries) && medications.equals(other.medications)
        && observations.equals(other.observations) && requests.equals(other.requests);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(caseId, asOf, injuryDate, diagnoses, findings, treatments,
        studies, requests);
  }

  /** Names the case without any of its clinical content. */
  @Override
  public String toString() {
    return "CaseFile[" + caseId + "]";
  }

  /** Builds a {@link CaseFile}; {@link #build()} runs the same checks as the reader. */
  public static final class Builder {
    private String caseId;
    private LocalDate asOf;
    private Claimant claimant = new Claimant(Optional.empty(), Optional.empty());
    private Optional<DateSpan> injuryDate = Optional.empty();
    private final List<Diagnosis> diagnoses = new ArrayList<>();
    private final List<Symptom> symptoms = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Treatment> treatments = new ArrayList<>();
    private final List<Study> studies = new ArrayList<>();
    private final List<RedFlag> redFlags = new ArrayList<>();
    private final List<ClinicalEvent> events = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Surgery> surgeries = new ArrayList<>();
    private final List<ExamSummary> examSummaries = new ArrayList<>();
    private final List<Medication> medications = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the case's {@code caseId}.
     *
     * @param value the case id
     * @return this builder
     */
    public Builder caseId(String value) {
      this.caseId = value;
      return this;
    }

    /**
     * Sets the case's {@code asOf}.
     *
     * @param value the as of
     * @return this builder
     */
    public Builder asOf(LocalDate value) {
      this.asOf = value;
      return this;
    }

    /**
     * Sets the case's {@code claimant}.
     *
     * @param value the claimant
     * @return this builder
     */
    public Builder claimant(Claimant value) {
      this.claimant = value;
      return this;
    }

    /**
     * Sets the exact injury date.
     *
     * @param value the value
     * @return this builder
     */
    public Builder injuryDate(LocalDate value) {
      this.injuryDate = Optional.of(DateSpan.of(value));
      return this;
    }

    /**
     * Sets the injury date as precisely as the record gives it; empty when unknown.
     *
     * @param value the value
     * @return this builder
     */
    public Builder injuryDate(Optional<DateSpan> value) {
      this.injuryDate = Checks.notNull(value, "injuryDate");
      return this;
    }

    /**
     * Adds {@code value} to the case's diagnosis items.
     *
     * @param value the diagnosis
     * @return this builder
     */
    public Builder diagnosis(Diagnosis value) {
      diagnoses.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's symptom items.
     *
     * @param value the symptom
     * @return this builder
     */
    public Builder symptom(Symptom value) {
      symptoms.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's finding items.
     *
     * @param value the finding
     * @return this builder
     */
    public Builder finding(Finding value) {
      findings.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's treatment items.
     *
     * @param value the treatment
     * @return this builder
     */
    public Builder treatment(Treatment value) {
      treatments.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's study items.
     *
     * @param value the study
     * @return this builder
     */
    public Builder study(Study value) {
      studies.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's red flag items.
     *
     * @param value the red flag
     * @return this builder
     */
    public Builder redFlag(RedFlag value) {
      redFlags.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's event items.
     *
     * @param value the event
     * @return this builder
     */
    public Builder event(ClinicalEvent value) {
      events.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's plan items.
     *
     * @param value the plan
     * @return this builder
     */
    public Builder plan(Plan value) {
      plans.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's condition items.
     *
     * @param value the condition
     * @return this builder
     */
    public Builder condition(Condition value) {
      conditions.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's surgery items.
     *
     * @param value the surgery
     * @return this builder
     */
    public Builder surgery(Surgery value) {
      surgeries.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's exam summary items.
     *
     * @param value the exam summary
     * @return this builder
     */
    public Builder examSummary(ExamSummary value) {
      examSummaries.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's medication items.
     *
     * @param value the medication
     * @return this builder
     */
    public Builder medication(Medication value) {
      medications.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's observation items.
     *
     * @param value the observation
     * @return this builder
     */
    public Builder observation(Observation value) {
      observations.add(value);
      return this;
    }

    /**
     * Adds {@code value} to the case's request items.
     *
     * @param value the request
     * @return this builder
     */
    public Builder request(Request value) {
      requests.add(value);
      return this;
    }

    /**
     * Removes every item (of any list) whose id is {@code id}.
     *
     * @param id the id
     * @return this builder
     */
    public Builder removeItem(String id) {
      for (List<? extends Item> list : List.of(diagnoses, symptoms, findings, treatments, studies,
          redFlags, events, plans, conditions, surgeries, examSummaries, medications, observations)) {
        list.removeIf(item -> item.id().equals(id));
      }
      return this;
    }

    /**
     * Replaces every request by {@code edit} applied to it.
     *
     * @param edit the change to make to every request
     * @return this builder
     */
    public Builder editRequests(UnaryOperator<Request> edit) {
      requests.replaceAll(edit);
      return this;
    }

    /**
     * Builds the case.
     *
     * @return a case file
     * @throws NullPointerException if the case id or asOf is missing
     * @throws IllegalArgumentException if there is no request, an id is repeated, or the dates
     *     cannot all be true (an item after asOf, a request before the injury, ...)
     */
    public CaseFile build() {
      return new CaseFile(this, true);
    }

    // For the reader, which checks the dates itself to report them with the file's paths.
    CaseFile buildWithoutDateChecks() {
      return new CaseFile(this, false);
    }
  }
}
