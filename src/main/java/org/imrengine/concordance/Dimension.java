package org.imrengine.concordance;

import org.imrengine.model.Term;

/** What a concordance can be broken down by ({@code --by}). */
public enum Dimension implements Term {
  /** The requested service, such as {@code mri}. */
  SERVICE,
  /** The body region, such as {@code cervical_spine}. */
  REGION,
  /** The id of the rule that decided the request. */
  RULE,
  /** The guideline edition of that rule. */
  EDITION,
  /** The guideline source of that rule, such as {@code mtus_acoem}. */
  GUIDELINE
}
