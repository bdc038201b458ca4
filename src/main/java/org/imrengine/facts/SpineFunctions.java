package org.imrengine.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrengine.model.Treatment;

/**
 * Derivations of the spine family that stay code, registered in {@link FactFunctions#ALL}.
 * Stateless and thread-safe.
 */
final class SpineFunctions {
  private SpineFunctions() {}

  /**
   * {@code sessions}: how many sessions (injections, visits) the treatments of the scope record;
   * none recorded is zero, since the count is compared with an upper limit.
   */
  static final FactFunctions.Named SESSIONS = new FactFunctions.Named(Treatment.class,
      "the sessions the treatments record: each treatment's stated visits, or one for a treatment that"
          + " states none; zero when there are none", SpineFunctions::sessions);

  private static Optional<FactFunctions.Result> sessions(List<Object> items, Derivation d) {
    long total = 0;
    List<Object> used = new ArrayList<>();
    for (Object item : items) {
      Treatment t = (Treatment) item;
      total += t.visits().map(v -> (long) v).orElse(1L);
      used.add(t);
    }
    return Optional.of(new FactFunctions.Result(total, used));
  }
}
