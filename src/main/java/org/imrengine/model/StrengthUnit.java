package org.imrengine.model;

/** The unit of a drug's strength: per tablet or dose, per hour of a patch, or a concentration. */
public enum StrengthUnit implements Term {
  /** Milligrams. */
  MG,
  /** Micrograms. */
  MCG,
  /** Grams. */
  G,
  /** A concentration, as in a 5% cream. */
  PERCENT,
  /** The delivery rate of a transdermal patch, as in fentanyl 25 mcg/hr. */
  MCG_PER_HOUR,
  /** A concentration of a liquid, as in 5 mg/ml. */
  MG_PER_ML
}
