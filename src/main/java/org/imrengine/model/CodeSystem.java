package org.imrengine.model;

import java.util.regex.Pattern;

/** A standard code system whose codes an item may carry beside its categories. */
public enum CodeSystem implements Term {
  /** ICD-10-CM diagnoses, such as {@code M54.12}. */
  ICD10("^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$"),
  /** CPT procedures, such as {@code 72141}. */
  CPT("^[0-9]{4}[0-9FTU]$"),
  /** HCPCS Level II codes, such as {@code E0730}. */
  HCPCS("^[A-V][0-9]{4}$"),
  /** RxNorm concept ids, such as {@code 197696}. */
  RXNORM("^[0-9]{1,9}$"),
  /** LOINC codes, such as {@code 72514-3}. */
  LOINC("^[0-9]{1,7}-[0-9]$");

  private final Pattern form;

  CodeSystem(String form) {
    this.form = Pattern.compile(form);
  }

  /**
   * {@return the regular expression a code of this system matches (also used in the JSON Schema)}
   */
  public String form() {
    return form.pattern();
  }

  /**
   * {@return whether {@code code} has the form of a code of this system}
   * @param code the code
   */
  public boolean accepts(String code) {
    return form.matcher(code).matches();
  }
}
