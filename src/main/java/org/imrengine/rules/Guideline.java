package org.imrengine.rules;

import org.imrengine.model.Term;

/**
 * A guideline source, in the order of the medical evidence search sequence (8 CCR 9792.21.1): the
 * MTUS first, then ACOEM or ODG, then other guidelines.
 */
public enum Guideline implements Term {
  /** An ACOEM Practice Guidelines chapter adopted by the MTUS (2nd edition, 2004, in the IMR era). */
  MTUS_ACOEM("MTUS ACOEM", Tier.MTUS),
  /** The MTUS Chronic Pain Medical Treatment Guidelines (2009). */
  MTUS_CHRONIC_PAIN("MTUS Chronic Pain Medical Treatment Guidelines", Tier.MTUS),
  /** The MTUS Acupuncture Medical Treatment Guidelines. */
  MTUS_ACUPUNCTURE("MTUS Acupuncture Medical Treatment Guidelines", Tier.MTUS),
  /** The MTUS Postsurgical Treatment Guidelines. */
  MTUS_POSTSURGICAL("MTUS Postsurgical Treatment Guidelines", Tier.MTUS),
  /** The Official Disability Guidelines (a non-MTUS citation). */
  ODG("Official Disability Guidelines", Tier.ACOEM_OR_ODG),
  /** The current ACOEM guidelines, outside the MTUS. */
  ACOEM("ACOEM Practice Guidelines", Tier.ACOEM_OR_ODG),
  /** Another nationally recognised, evidence-based guideline. */
  OTHER("Other guideline", Tier.OTHER_GUIDELINE),
  // meds
  /** The MTUS Opioids Treatment Guidelines (DWC, 2016; 8 CCR 9792.24.4). */
  MTUS_OPIOIDS("MTUS Opioids Treatment Guidelines", Tier.MTUS),
  /** The MTUS Drug Formulary (8 CCR 9792.27.1-9792.27.23), from 2018-01-01. */
  MTUS_DRUG_FORMULARY("MTUS Drug Formulary", Tier.MTUS);

  private final String title;
  private final Tier tier;

  Guideline(String title, Tier tier) {
    this.title = title;
    this.tier = tier;
  }

  /** The guideline's name as IMR letters write it, such as {@code "MTUS ACOEM"}. */
  public String title() {
    return title;
  }

  /** Where this guideline stands in the medical evidence search sequence. */
  public Tier tier() {
    return tier;
  }

  /** Whether this guideline is part of the MTUS. */
  public boolean isMtus() {
    return tier == Tier.MTUS;
  }
}
