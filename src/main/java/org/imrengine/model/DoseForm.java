package org.imrengine.model;

/** The form a drug is dispensed in. */
public enum DoseForm implements Term {
  TABLET,
  CAPSULE,
  PATCH,
  CREAM,
  GEL,
  OINTMENT,
  LOTION,
  SOLUTION,
  SPRAY,
  /** An oral liquid, syrup or suspension. */
  LIQUID,
  FILM,
  LOZENGE,
  SUPPOSITORY,
  INJECTION,
  POWDER;

  /** The route this form implies, if it implies one; a patch or a solution depends on the drug. */
  public java.util.Optional<Route> impliedRoute() {
    switch (this) {
      case TABLET: case CAPSULE: case LIQUID: case LOZENGE:
        return java.util.Optional.of(Route.ORAL);
      case CREAM: case GEL: case OINTMENT: case LOTION:
        return java.util.Optional.of(Route.TOPICAL);
      case SUPPOSITORY:
        return java.util.Optional.of(Route.RECTAL);
      case INJECTION:
        return java.util.Optional.of(Route.INJECTION);
      default:
        return java.util.Optional.empty();
    }
  }
}
