package org.imrengine.rationale;

import java.util.Optional;
import org.imrengine.evaluation.Determination;

/** Writes letter-style rationales. PLACEHOLDER being replaced by the real renderer. */
public final class RationaleWriter {
  private RationaleWriter() {}

  public static Rationale write(Determination d) {
    return new Rationale("", "", d.description() + ": " + d.outcome().label(), Optional.empty());
  }
}
