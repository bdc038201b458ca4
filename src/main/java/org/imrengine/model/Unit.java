package org.imrengine.model;

/** What an amount counts: visits, sessions, billing units, tablets, days, hours, milligrams... */
public enum Unit implements Term {
  /** Visits. */
  VISITS,
  /** Sessions. */
  SESSIONS,
  /** Billing units, as in "12 sessions of 4 units". */
  UNITS,
  /** Injections. */
  INJECTIONS,
  /** Treatments. */
  TREATMENTS,
  /** Tablets. */
  TABLETS,
  /** Capsules. */
  CAPSULES,
  /** Patches. */
  PATCHES,
  /** Hours. */
  HOURS,
  /** Days. */
  DAYS,
  /** Weeks. */
  WEEKS,
  /** Months. */
  MONTHS,
  /** Years. */
  YEARS,
  /** Milligrams. */
  MG,
  /** Micrograms. */
  MCG,
  /** Millilitres. */
  ML,
  /** Pieces of equipment or supplies. */
  ITEMS,
  // meds
  /** Grams, as of a cream. */
  G,
  /** Tubes, as of a cream or gel. */
  TUBES,
  /** Bottles, as of a liquid or tablets. */
  BOTTLES;

  /**
   * {@return whether an amount of this unit is a count of sessions (a day of a daily programme
   * counts)}
   */
  public boolean isSession() {
    return this == VISITS || this == SESSIONS || this == INJECTIONS || this == TREATMENTS || this == DAYS;
  }

  /** {@return whether this unit measures a length of time that a course can last} */
  public boolean isDuration() {
    return this == DAYS || this == WEEKS || this == MONTHS || this == YEARS;
  }
}
