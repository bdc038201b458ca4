package org.imrengine.model;

/** What an amount counts: visits, sessions, billing units, tablets, days, hours, milligrams... */
public enum Unit implements Term {
  VISITS,
  SESSIONS,
  /** Billing units, as in "12 sessions of 4 units". */
  UNITS,
  INJECTIONS,
  TREATMENTS,
  TABLETS,
  CAPSULES,
  PATCHES,
  HOURS,
  DAYS,
  WEEKS,
  MONTHS,
  YEARS,
  MG,
  MCG,
  ML,
  /** Pieces of equipment or supplies. */
  ITEMS,
  // meds
  /** Grams, as of a cream. */
  G,
  TUBES,
  BOTTLES;

  /** Whether an amount of this unit is a count of sessions (a day of a daily programme counts). */
  public boolean isSession() {
    return this == VISITS || this == SESSIONS || this == INJECTIONS || this == TREATMENTS || this == DAYS;
  }

  /** Whether this unit measures a length of time that a course can last. */
  public boolean isDuration() {
    return this == DAYS || this == WEEKS || this == MONTHS || this == YEARS;
  }
}
