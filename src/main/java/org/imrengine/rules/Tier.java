package org.imrengine.rules;

import org.imrengine.model.Term;

/**
 * A step of the medical evidence search sequence (8 CCR 9792.21.1). A rule of a lower step is used
 * only where no rule of a higher step addresses the request.
 */
public enum Tier implements Term {
  /** The MTUS: presumed correct on the extent and scope of treatment (Labor Code 4604.5). */
  MTUS,
  /** The most current ACOEM or ODG, where the MTUS does not address the request. */
  ACOEM_OR_ODG,
  /** Other nationally recognised evidence-based guidelines. */
  OTHER_GUIDELINE,
  /** Peer-reviewed studies. */
  PEER_REVIEWED_STUDY
}
