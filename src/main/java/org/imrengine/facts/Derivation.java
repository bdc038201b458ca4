package org.imrengine.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrengine.medication.DrugCatalog;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;

/**
 * One derivation of facts: the case, the request, the date it is judged on, and what has been
 * derived so far (scopes and facts that other definitions refer to). Confined to one thread.
 */
final class Derivation {
  private final CaseFile file;
  private final Request request;
  private final LocalDate decisionDate;
  private final DrugCatalog drugs;
  final Map<String, List<Object>> scopes = new HashMap<>();
  final Map<String, FactValue> values = new HashMap<>();

  Derivation(CaseFile file, Request request, DrugCatalog drugs) {
    this.file = file;
    this.request = request;
    this.decisionDate = request.decisionDate(file.asOf());
    this.drugs = drugs;
  }

  /** The drug vocabulary the case's drugs are named in. */
  DrugCatalog drugs() {
    return drugs;
  }

  CaseFile file() {
    return file;
  }

  Request request() {
    return request;
  }

  LocalDate decisionDate() {
    return decisionDate;
  }
}
