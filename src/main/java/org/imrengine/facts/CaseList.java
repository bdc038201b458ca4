package org.imrengine.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Claimant;
import org.imrengine.model.ClinicalEvent;
import org.imrengine.model.Condition;
import org.imrengine.model.Diagnosis;
import org.imrengine.model.Finding;
import org.imrengine.model.Ingredient;
import org.imrengine.model.Item;
import org.imrengine.model.Medication;
import org.imrengine.model.Observation;
import org.imrengine.model.Plan;
import org.imrengine.model.RedFlag;
import org.imrengine.model.Request;
import org.imrengine.model.Study;
import org.imrengine.model.Surgery;
import org.imrengine.model.Symptom;
import org.imrengine.model.Treatment;

/**
 * A list of the case that fact definitions read ({@code items: treatments}), with the Java type
 * of its items and the words that cite an item that has no text of its own. The one list that is
 * not of the record is {@code request}: the request being decided, cited as {@code request:ID}
 * with its own wording. Immutable and thread-safe.
 */
record CaseList(String name, Class<?> type, Function<Derivation, List<?>> items, String describe) {

  /** The lists fact definitions may read, by name. */
  static final Map<String, CaseList> ALL = Map.ofEntries(
      entry("diagnoses", Diagnosis.class, CaseFile::diagnoses, "{id}"),
      entry("symptoms", Symptom.class, CaseFile::symptoms, "{id}"),
      entry("findings", Finding.class, CaseFile::findings, "{type|words} {result}"),
      entry("treatments", Treatment.class, CaseFile::treatments, "{service|words}"),
      entry("studies", Study.class, CaseFile::studies, "{service|words}"),
      entry("redFlags", RedFlag.class, CaseFile::redFlags, "{id}"),
      entry("events", ClinicalEvent.class, CaseFile::events, "{id}"),
      entry("plans", Plan.class, CaseFile::plans, "{id}"),
      entry("conditions", Condition.class, CaseFile::conditions, "{id}"),
      // physmed
      entry("surgeries", Surgery.class, CaseFile::surgeries, "{kind|words}"),
      entry("observations", Observation.class, CaseFile::observations, "{code|words}"),
      entry("medications", Medication.class, CaseFile::medications, "{drug}"),
      // meds2: the claimant (a list of one, cited as "claimant"), and the drugs of the request
      Map.entry("claimant", new CaseList("claimant", Claimant.class, d -> List.of(d.file().claimant()), "the claimant")),
      Map.entry("ingredients", new CaseList("ingredients", Ingredient.class, CaseList::ingredients, "{drug}")),
      Map.entry("request", new CaseList("request", Request.class, d -> List.of(d.request()), "{description}")));

  private static Map.Entry<String, CaseList> entry(String name, Class<?> type,
      Function<CaseFile, List<?>> items, String describe) {
    return Map.entry(name, new CaseList(name, type, d -> items.apply(d.file()), describe));
  }

  /** The drugs of the request's medication: its ingredients, else its one drug (with no strength). */
  private static List<?> ingredients(Derivation d) {
    return d.request().medication().map(m -> m.ingredients().isEmpty()
        ? m.drug().map(drug -> List.of(new Ingredient(drug, Optional.empty()))).orElse(List.of())
        : m.ingredients()).orElse(List.of());
  }

  /** The list called {@code name}, if there is one. */
  static Optional<CaseList> named(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  /** The evidence entry for {@code item}: its id, date and words, else {@code summary}. */
  Evidence cite(Object item, String summary) {
    if (item instanceof Request) {
      Request r = (Request) item;
      return new Evidence("request:" + r.id(), r.date(), r.description());
    }
    if (item instanceof Claimant) {
      return new Evidence("claimant", Optional.empty(), summary);
    }
    if (item instanceof Ingredient) {
      return new Evidence("ingredient:" + ((Ingredient) item).drug(), Optional.empty(), summary);
    }
    Item i = (Item) item;
    return new Evidence(i.id(), i.date(), i.text().orElse(summary));
  }

  /** The item's own date, for {@code after}. */
  static Optional<java.time.LocalDate> dateOf(Object item) {
    if (item instanceof Request) {
      return ((Request) item).date();
    }
    if (item instanceof Claimant || item instanceof Ingredient) {
      return Optional.empty();
    }
    return ((Item) item).date();
  }
}
