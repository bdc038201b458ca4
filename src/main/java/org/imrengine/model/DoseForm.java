package org.imrengine.model;

/** The form a drug is dispensed in. */
public enum DoseForm implements Term {
  /** A tablet. */
  TABLET,
  /** A capsule. */
  CAPSULE,
  /** A skin patch, topical or transdermal. */
  PATCH,
  /** A cream. */
  CREAM,
  /** A gel. */
  GEL,
  /** An ointment. */
  OINTMENT,
  /** A lotion. */
  LOTION,
  /** A solution, which may be taken by mouth, applied to the skin or injected. */
  SOLUTION,
  /** A spray, nasal, oral or topical. */
  SPRAY,
  /** An oral liquid, syrup or suspension. */
  LIQUID,
  /** A film dissolved in the mouth, under the tongue or against the cheek. */
  FILM,
  /** A lozenge. */
  LOZENGE,
  /** A suppository. */
  SUPPOSITORY,
  /** An injectable. */
  INJECTION,
  /** A powder. */
  POWDER;

  /**
   * {@return the route this form implies, if it implies one; a patch or a solution depends on the
   * drug}
   */
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
